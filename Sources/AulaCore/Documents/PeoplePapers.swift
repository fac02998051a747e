extension PaperBuilder {
    /// The daftar hadir of the session's own people (narasumber, moderator, pembawa acara, panitia): not invitees,
    /// never counted as invited or absent, signing here for the day.
    func daftarHadirPanitia() -> Paper {
        let people = session.people
        var blocks: [Paper.Block] = []
        if people.isEmpty {
            blocks.append(.paragraph(lang.t("Belum ada narasumber atau panitia. Tambah dengan: aula person add DIR --role narasumber --name NAMA",
                                            "No speakers or committee yet. Add with: aula person add DIR --role narasumber --name NAME")))
        } else {
            let rows = people.enumerated().map { index, person -> [String] in
                let number = "\(index + 1)."
                return [String(index + 1), clean(person.name), person.nip.isEmpty ? "-" : clean(person.nip),
                        [person.jabatan, person.instansi].filter { !$0.isEmpty }.map(clean).joined(separator: ", "),
                        person.role.label(lang), index % 2 == 0 ? number : " " + number]
            }
            blocks.append(.table(Paper.Table(
                headers: ["No", lang.t("Nama", "Name"), "NIP", lang.t("Jabatan/ Instansi", "Position/ Office"), lang.t("Peran", "Role"),
                          lang.t("Tanda Tangan", "Signature")],
                rightAligned: [true, false, false, false, false, false], rows: rows, rowPadding: 1)))
        }
        blocks.append(.signatures(placeAndDate: placeAndDate, [officialSignature]))
        return Paper(kind: .daftarHadirPanitia, letterhead: letterhead,
                     title: lang.t("DAFTAR HADIR NARASUMBER DAN PANITIA", "ATTENDANCE LIST: SPEAKERS AND COMMITTEE"),
                     info: basicInfo, blocks: blocks)
    }
}
