import Fluent
import NIOConcurrencyHelpers

/// A model that names its Fluent properties itself. Fluent otherwise finds them by reflection each time it reads or
/// writes a row, which costs more than all the rest of a list page's work. Debug builds compare each type's list
/// once with what reflection finds, so a property left out of it fails the tests instead of going unread and unsaved.
protocol ListedProperties: Fields {
    /// Every Fluent property of the model (`$id`, `$name`, …), in the order they are declared.
    var listedProperties: [any AnyProperty] { get }
}

extension ListedProperties {
    var properties: [any AnyProperty] {
        let listed = listedProperties
        assert(PropertyList.matchesDeclared(listed, of: self), "\(Self.self) lists other properties than it declares")
        return listed
    }
}

/// The check debug builds make of a ``ListedProperties`` list.
enum PropertyList {
    private static let checked = NIOLockedValueBox<Set<ObjectIdentifier>>([])

    /// Whether `listed` holds exactly the Fluent properties `model` declares, in their order; a type found right
    /// once is not looked at again.
    static func matchesDeclared<Model: Fields>(_ listed: [any AnyProperty], of model: Model) -> Bool {
        let type = ObjectIdentifier(Model.self)
        if checked.withLockedValue({ $0.contains(type) }) { return true }
        let declared = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }
        guard declared.map(ObjectIdentifier.init) == listed.map(ObjectIdentifier.init) else { return false }
        checked.withLockedValue { _ = $0.insert(type) }
        return true
    }
}
