import Dispatch
import Foundation

/// Work on large lists split into one contiguous piece per core (the reference laptop has two). Small lists stay on
/// the calling thread, where starting threads would cost more than it saves.
enum Parallel {
    /// `body` applied to consecutive ranges that together cover `0..<count`, the results in range order.
    static func pieces<T>(count: Int, minimumPerPiece: Int = 4096, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let pieceCount = min(ProcessInfo.processInfo.activeProcessorCount, count / max(1, minimumPerPiece), 8)
        guard pieceCount > 1 else { return [body(0..<count)] }
        var results = [T?](repeating: nil, count: pieceCount)
        results.withUnsafeMutableBufferPointer { out in
            let slots = Slots(buffer: out)
            DispatchQueue.concurrentPerform(iterations: pieceCount) { k in
                slots.buffer[k] = body((count * k / pieceCount)..<(count * (k + 1) / pieceCount))
            }
        }
        return results.map { $0! }
    }

    /// The results' slots, shared by the threads: each thread writes only its own slot, and the buffer outlives
    /// them (they end before `concurrentPerform` returns).
    private struct Slots<T>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<T?>
    }
}
