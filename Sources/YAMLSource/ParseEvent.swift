/// The libyaml events the tree builder needs, copied out of C memory.
enum ParseEvent: Equatable {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case scalar(String, plain: Bool, anchor: String?, mark: YAMLMark)
    case sequenceStart(anchor: String?, mark: YAMLMark)
    case sequenceEnd
    case mappingStart(anchor: String?, mark: YAMLMark)
    case mappingEnd
    case alias(String, mark: YAMLMark)
}
