import AulaCore
import Foundation

/// Keeps the undangan the first time its PDF is made (the letter sent), for the berkas SPJ, and says so on stderr.
enum InvitationFiling {
    static func fileIfFirst(_ papers: [Paper], in folder: SessionFolder, lang: Lang) {
        do {
            let session = folder.session
            guard let change = try FiledInvitation.file(papers, for: session, in: folder.url, at: session.clock.iso(Date())) else { return }
            try folder.append([change])
            Console.complain(lang.t("Undangan ini disimpan sebagai yang dikirim: berkas SPJ memakainya; undangan yang dibuat lagi bertanda SALINAN.",
                                    "This undangan is kept as the one sent: the berkas SPJ files it; one made again is marked SALINAN."))
        } catch {
            Console.warn(lang.t("Undangan yang dikirim tidak bisa disimpan: ", "The undangan as sent could not be kept: ")
                         + ((error as? AulaError)?.message(lang) ?? String(describing: error)), lang: lang)
        }
    }
}
