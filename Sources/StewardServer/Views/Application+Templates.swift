import Leaf
import LeafKit
import Vapor

extension Application {
    /// The page renderer, keeping compiled templates in the cache exactly as `StewardSettings.reloadsTemplates` says.
    /// Leaf's own provider turns its cache off whenever the environment is named development, which is the default
    /// of `steward serve`, so every page would be read and parsed again.
    var compiledTemplates: LeafRenderer {
        LeafRenderer(
            configuration: leaf.configuration, tags: leaf.tags, cache: leaf.cache, sources: leaf.sources,
            eventLoop: eventLoopGroup.next(), userInfo: leaf.userInfo.merging(["application": self]) { $1 })
    }
}
