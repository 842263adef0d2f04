/// Entry point placeholder; replaced by the real command.
public enum DSQLMain {
    public static func main() {}
}
