import AulaCore
import ArgumentParser
import Foundation

/// `aula person add|list|set DIR`: who serves the session in a role of their own.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Narasumber, moderator, pembawa acara dan panitia: bukan undangan, dibayar menurut datanya. / Speakers, moderator, MC and committee.",
        subcommands: [PersonAddCommand.self, PersonListCommand.self, PersonSetCommand.self])
}

/// The data a person carries, as options (shared by `add`).
struct PersonOptions: ParsableArguments {
    @Option(help: "narasumber, moderator, pembawa-acara atau panitia (bawaan narasumber). / The role.")
    var role: String?
    @Option(help: "Nama lengkap dengan gelar. / Full name with titles.")
    var name: String
    @Option(help: "NIP, 18 angka. / NIP, 18 digits.")
    var nip: String?
    @Option(help: "Golongan/ruang, misalnya III/c (PNS). / Grade, such as III/c.")
    var golongan: String?
    @Option(help: "Pangkat, misalnya Penata. / Rank.")
    var pangkat: String?
    @Option(help: "Jabatan. / Position.")
    var jabatan: String?
    @Option(help: "Instansi. / Office.")
    var instansi: String?
    @Option(help: "pns, pppk atau non-pns (bawaan: pns bila ada golongan I-IV). / Employment status.")
    var status: String?
    @Option(help: "NPWP, 15 atau 16 angka. / Tax number.")
    var npwp: String?
    @Option(help: "NIK, 16 angka. / National ID number.")
    var nik: String?
    @Option(help: "Alamat sesuai NIK. / Address as on the NIK.")
    var alamat: String?
    @Option(help: "Bank. / Bank.")
    var bank: String?
    @Option(help: "Nomor rekening. / Account number.")
    var rekening: String?

    var fields: ChangeFields<Change.PersonField> {
        var fields: ChangeFields<Change.PersonField> = [.name: name]
        let given: [(Change.PersonField, String?)] = [(.role, role), (.nip, nip), (.golongan, golongan), (.pangkat, pangkat),
                                                      (.jabatan, jabatan), (.instansi, instansi), (.status, status), (.npwp, npwp),
                                                      (.nik, nik), (.address, alamat), (.bank, bank), (.account, rekening)]
        for (field, value) in given { if let value { fields[field] = value } }
        return fields
    }
}

/// `aula person add DIR --role ROLE --name NAME ...`.
struct PersonAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Tambah narasumber, moderator, pembawa acara atau panitia. / Add a person.",
        discussion: """
            Contoh: aula person add kim --role narasumber --name "Dr. Dominikus Bere, S.Sos., M.Si." --nip 197505052000031008 \\
                    --golongan IV/a --jabatan "Kepala Bidang PMD" --instansi "DPMD Kabupaten Belu" --npwp 12.345.678.9-012.000
            """)
    @OptionGroup var session: SessionOptions
    @OptionGroup var person: PersonOptions
    @OptionGroup var office: OfficeOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            // What the office's directory knows of them fills what was not typed.
            var fields = person.fields
            var filled: [String] = []
            if let directory = office.openIfThere(desk: folder.desk, lang: lang)?.session,
               let known = OfficeDirectory.person(named: person.name, in: directory) {
                var given = Person(id: "")
                given.name = person.name
                given.set(fields)
                for (field, value) in OfficeDirectory.completed(given, from: directory) where fields[field] == nil {
                    fields[field] = value
                    filled.append(field.rawValue)
                }
                if fields[.role] == nil && known.seat.isEmpty { fields[.role] = known.role.rawValue }
                // The name as the directory writes it, with its gelar.
                if known.name != person.name {
                    fields[.name] = known.name
                    filled.insert("name", at: 0)
                }
            }
            let outcome = try PersonOperation.add(id: RecordID.make(.person, desk: folder.desk), fields, in: folder.session, lang: lang)
            try folder.record(outcome, lang: lang)
            if !filled.isEmpty {
                print(lang.t("Dilengkapi dari direktori kantor: ", "Completed from the office's directory: ") + filled.joined(separator: ", "))
            }
        }
    }
}

/// `aula person list DIR`.
struct PersonListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Tampilkan narasumber dan panitia. / List them.")
    @OptionGroup var session: SessionOptions

    func run() throws {
        try Console.run(session.language) { lang in
            let people = try session.open(writable: false, lang: lang).session.people
            guard !people.isEmpty else {
                print(lang.t("Belum ada narasumber atau panitia. Tambah dengan: aula person add DIR --role narasumber --name NAMA",
                             "No one yet. Add with: aula person add DIR --role narasumber --name NAME"))
                return
            }
            var table = TextTable(headers: [lang.t("Peran", "Role"), lang.t("Nama", "Name"), "NIP", lang.t("Gol.", "Grade"),
                                            "Status", lang.t("Jabatan, instansi", "Position, office"), "NPWP/NIK"],
                                  maxWidths: [14, 36, 18, 6, 9, 40, 22])
            for p in people {
                table.rows.append([p.role.label(lang), p.name, p.nip, p.golongan, p.status.label(lang),
                                   [p.jabatan, p.instansi].filter { !$0.isEmpty }.joined(separator: ", "),
                                   p.npwp.isEmpty ? (p.nik.isEmpty ? "-" : "NIK " + p.nik) : p.npwp])
            }
            print(table.render())
        }
    }
}

/// `aula person set DIR NAME FIELD VALUE`.
struct PersonSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Ubah satu data. / Change one field.",
        discussion: "FIELD: role, name, nip, golongan, pangkat, jabatan, instansi, status, npwp, nik, address, bank, account.")
    @OptionGroup var session: SessionOptions
    @Argument(help: "Nama orangnya (sebagian cukup bila hanya satu yang cocok). / The person's name.")
    var name: String
    @Argument(help: "Nama data. / The field.")
    var field: String
    @Argument(help: "Isi baru (kosongkan dengan \"\"). / The new value.")
    var value: String

    func validate() throws {
        guard Change.PersonField(rawValue: field) != nil else {
            throw ValidationError("FIELD: " + Change.PersonField.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
    }

    func run() throws {
        try Console.run(session.language) { lang in
            let folder = try session.open(writable: true, lang: lang)
            let person = try PersonOperation.find(name, in: folder.session, lang: lang)
            try folder.record(try PersonOperation.set(person, Change.PersonField(rawValue: field)!, value, lang: lang), lang: lang)
        }
    }
}
