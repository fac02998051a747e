import AulaCore
import Foundation

/// The app's loop without the terminal: an action goes through `update`, its effects through the `EffectRunner`, and
/// their results back through `update` until none is left. Slow work runs on another thread and its results come
/// back through `collect()`. The terminal shell, the projector and the tests all drive this one runtime.
public final class AppRuntime {
    /// Where slow work runs: on another thread (the app), or at once (tests, which then see its results directly).
    public enum Background: Sendable { case thread, inline }

    /// What the screen shows now.
    public private(set) var state: AppState
    private let world: any World
    private let runner: EffectRunner
    private let background: Background
    private let inbox = Inbox()
    /// Called with each effect performed and the actions its result brought back (tests check these pairs, as The
    /// Composable Architecture's test store does); nil in the app.
    public var observe: ((Effect, [Action]) -> Void)?

    /// A runtime for `state` against `world`.
    public init(state: AppState, world: any World, background: Background) {
        self.state = state
        self.world = world
        self.runner = EffectRunner(world: world, lang: state.lang)
        self.background = background
    }

    /// Applies an action and everything it leads to; returns the effects the action itself asked for.
    @discardableResult
    public func send(_ action: Action) -> [Effect] {
        let effects = update(&state, action)
        for effect in effects {
            switch runner.perform(effect, in: state) {
            case .done(let results):
                observe?(effect, results)
                for result in results { send(result) }
            case .background(let job):
                // What the work says of its progress waits in the inbox for the next `collect`, like its results.
                let inbox = self.inbox
                let report: @Sendable (Action) -> Void = { inbox.post([$0]) }
                switch background {
                case .inline:
                    let results = job(report)
                    observe?(effect, results)
                    for result in results { send(result) }
                case .thread:
                    Thread.detachNewThread { inbox.post(job(report)) }
                }
            }
        }
        return effects
    }

    /// Applies the results of slow work that has finished since the last call; true when there were any.
    @discardableResult
    public func collect() -> Bool {
        let results = inbox.take()
        for result in results { send(result) }
        return !results.isEmpty
    }

    /// Whether slow work is still running (the shell then looks for its results more often).
    public var isWaiting: Bool { state.busy != nil || state.previewWanted != state.previewShown || state.awaitsScanEnd }

    /// Reads other desks' new changes into the state; says what went wrong reading, and each new warning once.
    public func refresh() {
        let known = world.warnings.count
        do {
            if try world.refresh() || state.readProblem != nil { send(.refreshed(world.session)) }
            if world.warnings.count > known { send(.inform(world.warnings[known].message(state.lang))) }
        } catch let error as AulaError {
            send(.readFailed(error.message(state.lang)))
        } catch {
            send(.readFailed(error.localizedDescription))
        }
    }
}

/// Results of slow work, handed from its thread to the main loop.
private final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Action] = []

    func post(_ actions: [Action]) {
        lock.withLock { results += actions }
    }

    func take() -> [Action] {
        lock.withLock {
            defer { results = [] }
            return results
        }
    }
}
