/// How the next query buffer is sent (psql 18's send modes), set by `\bind`, `\bind_named`,
/// `\parse`, `\close_prepared` and the pipeline meta-commands (pure).
enum PipelineRequest: Equatable, Sendable {
    /// A plain statement: the simple protocol outside a pipeline, the extended one inside.
    case query
    /// `\bind`: the buffer with these parameters (unnamed statement).
    case parameters([String])
    /// `\bind_named NAME`: the prepared statement with these parameters.
    case prepared(name: String, parameters: [String])
    /// `\parse NAME`: prepares the buffer.
    case parse(name: String)
    /// `\close_prepared NAME`.
    case close(name: String)
    case startPipeline
    case endPipeline
    case sync
    case flush
    case flushRequest
    /// `\getresults [N]`; 0 reads every pending result.
    case getResults(Int)

    /// Whether `\sendpipeline` may send it (only after `\bind` or `\bind_named`).
    var isBoundQuery: Bool {
        switch self {
        case .parameters, .prepared: true
        default: false
        }
    }

    /// Whether it queues one command whose results are read later (counted in PIPELINE_COMMAND_COUNT).
    var isCommand: Bool {
        switch self {
        case .query, .parameters, .prepared, .parse, .close: true
        default: false
        }
    }
}

/// psql 18's bookkeeping for an explicit pipeline (pure): what was queued, what the
/// server was asked to send back, and how many results a read still wants.
struct PipelineCounters: Equatable, Sendable {
    /// Synchronisation points sent and not yet read (PIPELINE_SYNC_COUNT).
    var syncs = 0
    /// Commands queued since the last sync or flush request (PIPELINE_COMMAND_COUNT).
    var commands = 0
    /// Commands whose results the server was asked to send (PIPELINE_RESULT_COUNT).
    var available = 0
    /// Results (and syncs) the current read still wants.
    var requested = 0

    /// A sync was queued: the commands before it will answer.
    mutating func synced() {
        syncs += 1
        available += commands
        commands = 0
    }

    /// A flush request was queued: the commands before it will answer.
    mutating func flushRequested() {
        available += commands
        commands = 0
    }

    /// `\endpipeline` queued its sync: every result and sync is wanted.
    mutating func ending() {
        synced()
        requested = available + syncs
    }

    /// Whether there is anything a read would not block on.
    var hasPendingResults: Bool { available > 0 || syncs > 0 }

    /// `\getresults N`: wants N results (0 or more than there are: all of them).
    mutating func request(_ count: Int) {
        let pending = available + syncs
        requested = count == 0 || count > pending ? pending : count
    }

    /// One command's results were read.
    mutating func commandRead() {
        if available > 0 { available -= 1 }
        if requested > 0 { requested -= 1 }
    }

    /// A sync was read.
    mutating func syncRead() {
        if syncs > 0 { syncs -= 1 }
        if requested > 0 { requested -= 1 }
    }

    /// The variables psql sets after every pipeline step.
    var variables: [(String, String)] {
        [
            ("PIPELINE_SYNC_COUNT", String(syncs)), ("PIPELINE_COMMAND_COUNT", String(commands)),
            ("PIPELINE_RESULT_COUNT", String(available)),
        ]
    }
}
