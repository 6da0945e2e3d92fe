#pragma once

#include <QString>

class QTextStream;

namespace DeepDive {

// `deepdive --check-content DIR`: prints every problem as `file:line: error: message`, then
// `N topics, M cards, K snippets (J with expected output)`. Returns the process exit code: 0 when clean, 1 when not.
int checkContent(const QString &folder, QTextStream &out);

} // namespace DeepDive
