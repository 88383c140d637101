import Fluent
import Vapor

extension PersonModel: ModelSessionAuthenticatable {}
extension PersonModel: Authenticatable {}
