import Foundation

/// Files bundled with Aula: the demo session's roster, agenda and sample material; the papers' templates.
public enum AulaResources {
    /// The folder holding the demo session's source files (`roster.csv`, `agenda.csv`, materials).
    public static var demoFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("demo", isDirectory: true)
    }

    /// The folder holding the papers' Mustache templates (`document.mustache`, `style.mustache`).
    public static var templatesFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("templates", isDirectory: true)
    }
}
