// libFuzzer target: the topic parser (front matter, md4c blocks, attributes, cards) must never crash or hang.
#include "topicparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<DeepDive::Diagnostic> diagnostics;
    const DeepDive::Topic topic = DeepDive::parseTopic(text, QStringLiteral("fuzz.md"), &diagnostics);
    for (const DeepDive::Diagnostic &d : std::as_const(diagnostics)) {
        if (d.line < 0)
            __builtin_trap(); // every problem has a real line
    }
    (void)topic;
    return 0;
}
