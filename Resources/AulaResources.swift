import Foundation

/// Files bundled with Aula: the demo session's roster, agenda and sample material; the papers' templates; the
/// Kemendagri region codes of Nusa Tenggara Timur (`wilayah/`, with their SOURCE.md).
public enum AulaResources {
    /// The folder holding the demo session's source files (`roster.csv`, `agenda.csv`, materials).
    public static var demoFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("demo", isDirectory: true)
    }

    /// The Kemendagri region list of Nusa Tenggara Timur (codes 53, Belu is 53.04): `aula roster seats` reads it
    /// unless given another list.
    public static var wilayahNTT: URL {
        Bundle.module.resourceURL!.appendingPathComponent("wilayah/wilayah-ntt.csv")
    }

    /// The folder holding the papers' Mustache templates (`document.mustache`, `style.mustache`).
    public static var templatesFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("templates", isDirectory: true)
    }
}
