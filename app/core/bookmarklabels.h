#pragma once

#include <QStringList>

namespace DeepDive::BookmarkLabels {

// The label that marks a topic as weak; it is stored in English whatever the UI language.
QString weak();
// The labels offered when bookmarking, as stored: "weak", "before the interview", "review again".
QStringList suggested();
// A stored label as the learner sees it: the suggested ones in the UI language, their own as they typed it.
QString display(const QString &stored);
// What to store for a label picked or typed in the UI: a suggested label, in any case, is stored in English.
QString toStored(const QString &shown);

} // namespace DeepDive::BookmarkLabels
