/// A list the API may send bare or wrapped in an object with one array field.
///
/// The wrappers of `/archive/recordings/urls`, `/systemLinks` and the partner search are not on
/// record (API-FACTS §6.7, §6.8, §6.10); we read the bare array we chose and tolerate a wrapper.
struct FlexibleList<Element: Decodable>: Decodable {
    var items: [Element]

    init(from decoder: any Decoder) throws {
        if var list = try? decoder.unkeyedContainer() {
            var items: [Element] = []
            while !list.isAtEnd { items.append(try list.decode(Element.self)) }
            self.items = items
            return
        }
        let c = try decoder.container(keyedBy: AnyKey.self)
        for key in c.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
            if let items = try? c.decode([Element].self, forKey: key) {
                self.items = items
                return
            }
        }
        throw DecodingError.typeMismatch(
            [Element].self, .init(codingPath: [], debugDescription: "expected an array"))
    }
}
