/// Realistic, international raw material for generated names and text.
///
/// Deliberately mixes accents, CJK, right-to-left scripts and emoji so a terminal UI meets wide
/// characters and bidi text in every demo, not only in the hostile scenario.
enum NamePools {
    static let customerNames = [
        "José Müller", "山田太郎", "محمد الأحمد", "שרה כהן", "Chloé Dubois 🎧", "Björn Ångström",
        "Zoë O'Connor", "François Lefèvre", "Ana Luísa Gonçalves", "Łukasz Wójcik", "Søren Kierkegaard",
        "佐藤花子", "李小龙", "김민준", "Νίκος Παπαδόπουλος", "Дмитрий Иванов", "Ayşe Yılmaz",
        "Nguyễn Văn An", "Priya Sharma", "Oluwaseun Adeyemi", "Mateo García", "Emma Schmidt",
        "Liam Johnson", "Olivia Brown", "Noah Williams", "Ava Jones", "Lucas Martin", "Mia Rossi",
        "Ethan Clarke", "Isabella Costa", "Hiroshi Tanaka", "Fatima Zahra", "Yosef Levi",
        "Elena Petrova", "Carlos Hernández", "Aoife Ní Bhriain", "Jürgen Weiß", "Marta Nowak",
        "Ingrid Bergström", "Pedro Álvarez", "Amélie Laurent", "Tomás Ruiz", "Grace Lee",
        "Daniel Kim", "Sophie Turner", "Rahul Verma", "Leila Haddad", "Omar Farouk",
        "Hannah Fischer", "Kofi Mensah", "Camille Moreau", "Giulia Bianchi", "Sven Larsen",
        "Aylin Demir", "Rosa Jiménez", "Wei Zhang 🚀", "Noa Friedman", "Ravi Patel", "Mei Chen",
    ]

    static let expertNames = [
        "Ann Expert", "Raúl Domínguez", "Keiko Watanabe", "Miriam Goldberg", "Tobias Krüger",
        "Nadia Benali", "Oscar Lindqvist", "Chiara Romano", "Sam Okafor", "Léa Girard",
        "Arjun Nair", "Hye-jin Park", "Dov Shapiro", "Lina Haddad", "Piotr Zieliński",
    ]

    static let companyStems = [
        "Müller", "Acme", "Northwind", "Contoso", "Fabrikam", "Globex", "Initech", "Umbrella",
        "Stark", "Wayne", "Soylent", "Hooli", "Vandelay", "Wonka", "Tyrell", "Cyberdyne", "Aperture",
        "Oceanic", "Pied Piper", "Blue Harbor", "Sakura", "Nordlicht", "Café Olé", "Kōbe", "Zürich",
        "Lumière", "Ñandú", "Fjord", "Al-Noor", "Ha'Or", "Aurora", "Evergreen", "Red Rock",
    ]

    static let companySuffixes = [
        "Logistik GmbH", "Dental Group", "Accounting LLP", "Bakery", "Law Partners", "Hotels",
        "Robotics Inc.", "Pharmacy", "Architects", "Freight S.A.", "Clinic", "Studios", "Holdings Ltd",
        "商事株式会社", "Consulting", "Schools", "Veterinary", "Media", "Insurance AG", "Motors",
    ]

    static let machinePrefixes = [
        "FRONTDESK", "RECEPTION", "ACCT", "WAREHOUSE", "CEO-LAPTOP", "POS", "LAB", "KIOSK", "SERVER",
        "PRINT-SRV", "NURSE-STATION", "DEV", "SALES", "HR", "BOARDROOM",
    ]

    static let ticketTitles = [
        "Printer offline on 3rd floor", "Outlook keeps asking for password", "VPN disconnects every hour",
        "Laptop won't boot after update", "Cannot access shared drive S:", "New starter needs accounts",
        "Monitor flickering", "Wi-Fi slow in meeting room B", "Excel crashes when opening macros",
        "Phone not syncing email", "Forgot Windows password", "Install Adobe Reader",
        "Teams camera not detected", "Blue screen on startup", "Scanner saves blank PDFs",
        "Request: second monitor", "Virus warning pop-up", "Calendar invites missing",
        "Cannot print in colour", "Keyboard keys sticking", "Payroll software license expired",
        "Backup job failed last night", "Website contact form broken", "Slow computer since Monday",
        "Mailbox full", "USB drive not recognised", "Zoom audio echo", "Password reset for Café POS",
        "Écran noir après mise à jour", "プリンターが動かない", "Drucker druckt nur Hieroglyphen",
        "Server room temperature alarm", "Laptop fan very loud", "Set up shared calendar",
        "Remote desktop access request", "Phishing email reported", "Update accounting software",
        "Sound not working", "Lost access to CRM", "Battery drains fast 🔋",
    ]

    static let notes = [
        "Customer restarted twice before joining.", "Reinstalled the printer driver; test page OK.",
        "Escalated to network team — see ticket.", "Cleared credential manager, Outlook fine now.",
        "Customer prefers callbacks after 15:00.", "Walked the user through MFA setup 🔐.",
        "Updated BIOS; follow up next week.", "Remote reboot required, customer approved.",
        "顧客はとても親切でした。", "Kunde war sehr geduldig.", "تم حل المشكلة بنجاح",
    ]

    static let ticketStatuses = ["open", "open", "pending", "solved", "new"]

    /// An ASCII mailbox name derived from `name`, or `nil` when the name has no ASCII letters.
    static func emailLocalPart(_ name: String) -> String? {
        var out = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic {
                out.unicodeScalars.append(scalar)
            } else if scalar == " ", !out.isEmpty, out.last != "." {
                out += "."
            }
        }
        while out.last == "." { out.removeLast() }
        return out.isEmpty ? nil : out.lowercased()
    }
}
