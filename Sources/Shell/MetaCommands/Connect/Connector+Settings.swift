extension Connector {
    /// The same trust and password source for other settings (`\connect`).
    ///
    /// Trust was resolved for this machine, not for a host, so it carries over unchanged;
    /// the password source signs a fresh token for the new user and host at connect — or,
    /// for a host that is not a DSQL endpoint, asks for an ordinary password instead.
    init(_ base: Connector, settings: Settings) {
        self.settings = settings
        self.trust = base.trust
        self.passwordSource = base.passwordSource
        self.nonIAMPasswordSource = base.nonIAMPasswordSource
        self.connectTimeout = base.connectTimeout
        self.startupOptions = base.startupOptions
    }
}
