/// The byte layout of a session snapshot: whole numbers as little-endian varints, text as its length and UTF-8
/// bytes. Written by `SnapshotWriter`, read back by `SnapshotReader`, which stops with `SnapshotReader.Damaged` at
/// anything that runs past the end rather than trusting a length it read.
struct SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func raw(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }
}

/// Reads what `SnapshotWriter` wrote, from a buffer that must outlive it.
struct SnapshotReader {
    /// A snapshot that ends early or holds a length past its end: it is not used.
    struct Damaged: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
    }

    mutating func count() throws(Damaged) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - offset else { throw Damaged() }
        return value
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard offset < bytes.count else { throw Damaged() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func text() throws(Damaged) -> String {
        let length = try count()
        if length == 0 { return "" }
        defer { offset += length }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
    }

    mutating func raw() throws(Damaged) -> UnsafeBufferPointer<UInt8> {
        let length = try count()
        defer { offset += length }
        return UnsafeBufferPointer(rebasing: bytes[offset..<(offset + length)])
    }
}

/// A 64-bit FNV-1a hash of `bytes`, taken eight bytes at a time (high bits folded down after each word): what tells a snapshot cut short or changed on disk,
/// and a desk file's last line, apart. Not cryptographic: it guards against accidents, not an adversary who can
/// write the folder (who could write the logs themselves).
func snapshotHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    let prime: UInt64 = 0x100_0000_01b3
    let words = bytes.count / 8
    if let base = bytes.baseAddress {
        let raw = UnsafeRawPointer(base)
        for k in 0..<words {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self)) &* prime
            hash ^= hash >> 32
        }
    }
    for k in (words * 8)..<bytes.count { hash = (hash ^ UInt64(bytes[k])) &* prime }
    return hash ^ UInt64(bytes.count)
}
