/// The columns a roster spreadsheet can have, recognised by their header in Indonesian or English.
public enum RosterColumn: String, CaseIterable, Sendable {
    case number, name, jabatan, unit, kecamatan, phone, kode
    /// For the money papers: NIP, pangkat/golongan, NPWP.
    case nip, golongan, npwp
    /// The seat's id in Aula, written by `aula roster export` so a corrected list comes back to the same seats.
    case seat

    /// The column a header cell names, if any ("Nama Lengkap" → name, "No. HP" → phone, "Desa/Kelurahan" → unit).
    public init?(header: String) {
        let key = SearchText.normalize(header).split(separator: " ").joined(separator: " ")
        guard let column = RosterColumn.headers[key] else { return nil }
        self = column
    }

    private static let headers: [String: RosterColumn] = {
        var map: [String: RosterColumn] = [:]
        let names: [RosterColumn: [String]] = [
            .number: ["no", "nomor", "nomor urut", "no urut", "number", "num", "#"],
            .name: ["nama", "name", "nama lengkap", "nama peserta", "full name", "nama undangan", "peserta", "participant"],
            .jabatan: ["jabatan", "position", "title", "job title", "jabatan peserta"],
            .unit: ["instansi", "unit", "unit instansi", "unit kerja", "desa", "kelurahan", "desa kelurahan", "desa kel", "asal",
                    "asal instansi", "organisasi", "organization", "organisation", "institution", "office", "satuan kerja",
                    "opd", "village"],
            .kecamatan: ["kecamatan", "kec", "district", "sub district", "subdistrict"],
            .phone: ["no hp", "hp", "nomor hp", "no telp", "no telepon", "telp", "telepon", "phone", "phone number",
                     "mobile", "no wa", "whatsapp", "wa", "kontak", "contact", "no handphone", "handphone"],
            .kode: ["kode", "code", "kode wilayah", "kode desa", "kode kemendagri"],
            .nip: ["nip", "nip nrp", "nomor induk pegawai", "nrp"],
            .golongan: ["golongan", "gol", "pangkat", "pangkat golongan", "pangkat gol", "gol ruang", "golongan ruang",
                        "pangkat gol ruang", "pangkat golongan ruang", "rank", "grade"],
            .npwp: ["npwp", "tax id", "nomor npwp", "no npwp"],
            .seat: ["id aula", "aula id"],
        ]
        for (column, keys) in names {
            for key in keys { map[key] = column }
        }
        return map
    }()
}
