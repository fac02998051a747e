import Foundation

/// How the keys of the Hadir search arrived: a USB barcode scanner types a whole code in a few milliseconds, a
/// person types a key every tenth of a second at best. Only a burst at scanner speed is taken as a scan.
public struct KeyBurst: Equatable, Sendable {
    /// When the first and the latest key came.
    public var first: Date
    public var last: Date
    /// Keys in the burst.
    public var count = 1
    /// The longest wait between two of its keys.
    public var slowestGap: TimeInterval = 0

    /// A scanner types 10 to 20 characters within about 50 ms; a gap this long is a person's.
    static let scannerGap: TimeInterval = 0.035
    /// A code from a scanner set to send no Enter is taken once no key has come for this long.
    static let quietAfterScan: TimeInterval = 0.15

    /// A burst started by a key at `now`.
    public init(at now: Date) {
        first = now
        last = now
    }

    /// The burst with one more key at `now`.
    mutating func add(at now: Date) {
        slowestGap = max(slowestGap, now.timeIntervalSince(last))
        last = now
        count += 1
    }

    /// Whether the keys came as a scanner types them (a code is at least 11 characters).
    public var isScanner: Bool { count >= 11 && slowestGap <= Self.scannerGap }
}

extension AppState {
    /// A scanner's burst is in the search: the shell then looks every few milliseconds whether it has ended (a
    /// scanner that sends no Enter).
    public var awaitsScanEnd: Bool { hadir.burst?.isScanner == true && !hadir.query.text.isEmpty }
}

/// The large line the Hadir tab shows after a scan: who was marked and when, or why nothing was.
public struct ScanBanner: Equatable, Sendable {
    /// What happened.
    public enum Kind: Equatable, Sendable { case marked, alreadyPresent, refused }

    public var kind: Kind
    /// One to three lines: "✓ HADIR 08:41", the name, jabatan and unit; or the reason.
    public var lines: [String]
}
