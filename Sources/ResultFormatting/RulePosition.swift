/// Which rule line is being drawn.
enum RulePosition {
    case top
    case middle
    case bottom
}
