import Glibc

/// Delivers `signal` to this process on a short-lived thread that has it unblocked,
/// and returns once the handler has run there.
///
/// `kill(getpid(), …)` is not enough in the test process: its dispatch worker threads
/// block SIGINT and SIGWINCH, so the kernel can only run the handler on the main thread,
/// and when that thread is busy with signals blocked the signal stays pending — seen
/// in CI as a Ctrl-C the editor never received, and dangerous once the test has put
/// back the default action (a late SIGINT would end the whole run). `raise(3)` on a
/// thread with the signal unblocked runs the handler before it returns, so what the
/// tests check — the handler forwards into the editor's channel, whichever thread
/// runs it — happens at a known point.
func deliverToThisProcess(_ signal: Int32) {
    var thread = pthread_t()
    let created = pthread_create(
        &thread, nil,
        { argument in
            let signal = Int32(Int(bitPattern: argument))
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, signal)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            raise(signal)
            return nil
        }, UnsafeMutableRawPointer(bitPattern: Int(signal)))
    precondition(created == 0, "pthread_create failed: \(created)")
    pthread_join(thread, nil)
}
