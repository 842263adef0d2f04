/// The IAM action a DSQL token authorizes.
public enum TokenAction: String, Sendable, Equatable, CustomStringConvertible {
    /// Connect as the built-in `admin` role.
    case connectAdmin = "DbConnectAdmin"
    /// Connect as any other role.
    case connect = "DbConnect"

    /// `DbConnectAdmin` for the role `admin`, `DbConnect` for every other role.
    public init(user: String) {
        self = user == "admin" ? .connectAdmin : .connect
    }

    /// The action name as it appears in the token.
    public var description: String { rawValue }
}
