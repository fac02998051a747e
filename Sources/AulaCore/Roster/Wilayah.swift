import Foundation

/// A Kemendagri region list (`kode,nama` at least) and the invitation seats it implies:
/// one Camat per kecamatan, one Kepala Desa per desa and one Lurah per kelurahan.
public struct Wilayah: Equatable, Sendable {
    /// A region: its dotted kode (`53.04.01.2001`) and name.
    public struct Region: Equatable, Sendable {
        /// Dotted Kemendagri code.
        public var kode: String
        /// Name as in the list.
        public var nama: String
    }

    /// The regions, in file order.
    public var regions: [Region]

    /// Reads a region list; `file` names it in errors. Codes may be dotted (`53.04.01`) or plain (`530401`).
    public init(bytes: [UInt8], file: String) throws {
        let (text, _) = try TextDecoding.decode(bytes, file: file)
        let records = try CSVReader.records(text, delimiter: CSVReader.detectDelimiter(text), file: file)
        guard let header = records.first else {
            throw AulaError(id: "\(file): berkas kosong.", en: "\(file): the file is empty.")
        }
        let names = header.fields.map { SearchText.normalize($0) }
        guard let kodeColumn = names.firstIndex(where: { $0 == "kode" || $0 == "code" || $0 == "kode wilayah" }),
              let namaColumn = names.firstIndex(where: { $0 == "nama" || $0 == "name" || $0 == "nama wilayah" }) else {
            throw AulaError(id: "\(file) baris \(header.line): judul kolom harus memuat kode dan nama.",
                            en: "\(file) line \(header.line): the header must have kode and nama columns.")
        }
        var regions: [Region] = []
        var lineOfCode: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count > max(kodeColumn, namaColumn) else {
                throw AulaError(id: "\(file) baris \(record.line): kolom kode atau nama tidak ada.",
                                en: "\(file) line \(record.line): the kode or nama field is missing.")
            }
            let raw = record.fields[kodeColumn].trimmingCharacters(in: .whitespaces)
            guard let kode = Wilayah.dotted(raw) else {
                throw AulaError(id: "\(file) baris \(record.line): kode \"\(TextSanitizer.line(raw))\" bukan kode Kemendagri.",
                                en: "\(file) line \(record.line): \"\(TextSanitizer.line(raw))\" is not a Kemendagri code.")
            }
            let nama = TextSanitizer.line(record.fields[namaColumn])
            guard !nama.isEmpty else {
                throw AulaError(id: "\(file) baris \(record.line): nama kosong.", en: "\(file) line \(record.line): empty name.")
            }
            // A code twice is a list that contradicts itself: which name is the region's?
            if let first = lineOfCode.updateValue(record.line, forKey: kode) {
                throw AulaError(id: "\(file) baris \(record.line): kode \(kode) sudah ada di baris \(first).",
                                en: "\(file) line \(record.line): code \(kode) is already on line \(first).")
            }
            regions.append(Region(kode: kode, nama: nama))
        }
        self.regions = regions
    }

    /// The dotted form of a code (`53.04.01.2001`), from dotted or plain digits; nil when it is not one.
    public static func dotted(_ code: String) -> String? {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        let lengths = [2, 2, 2, 4]
        if parts.count > 1 {
            guard parts.count <= 4, zip(parts, lengths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCIIDigit) }) else {
                return nil
            }
            return code
        }
        guard code.allSatisfy(\.isASCIIDigit), [2, 4, 6, 10].contains(code.count) else { return nil }
        var out: [Substring] = []
        var rest = Substring(code)
        for length in lengths where !rest.isEmpty {
            out.append(rest.prefix(length))
            rest = rest.dropFirst(length)
        }
        return out.joined(separator: ".")
    }

    /// The seats under `kode` (a kabupaten like `53.04`, or one kecamatan), in code order (the list's own order may
    /// differ); a desa gets its kecamatan's name wherever in the list the kecamatan is.
    public func seats(under kode: String) throws -> [RosterImport.Entry] {
        guard let root = Wilayah.dotted(kode), root.split(separator: ".").count <= 3 else {
            throw AulaError(id: "Kode '\(kode)' tidak sah: pakai kode kabupaten/kota (53.04) atau kecamatan (53.04.01).",
                            en: "Code '\(kode)' is not valid: use a kabupaten/kota code (53.04) or a kecamatan code (53.04.01).")
        }
        // Dotted codes have fixed-width parts, so their text order is code order.
        let under = regions.filter { $0.kode == root || $0.kode.hasPrefix(root + ".") }.sorted { $0.kode < $1.kode }
        var kecamatanNames: [String: String] = [:]
        for region in under where region.kode.split(separator: ".").count == 3 { kecamatanNames[region.kode] = region.nama }
        var seats: [RosterImport.Entry] = []
        for region in under {
            let parts = region.kode.split(separator: ".")
            if parts.count == 3 {
                seats.append(RosterImport.Entry([.jabatan: "Camat", .unit: "Kecamatan " + region.nama,
                                                 .kecamatan: region.nama, .kode: region.kode]))
            } else if parts.count == 4 {
                let kecamatan = kecamatanNames[parts.prefix(3).joined(separator: ".")] ?? ""
                let isKelurahan = parts[3].first == "1"
                seats.append(RosterImport.Entry([
                    .jabatan: isKelurahan ? "Lurah" : "Kepala Desa",
                    .unit: (isKelurahan ? "Kelurahan " : "Desa ") + region.nama,
                    .kecamatan: kecamatan, .kode: region.kode,
                ]))
            }
        }
        guard !seats.isEmpty else {
            throw AulaError(id: "Tidak ada kecamatan, desa atau kelurahan dengan kode \(root) dalam daftar wilayah.",
                            en: "No kecamatan, desa or kelurahan with code \(root) in the region list.")
        }
        return seats
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
