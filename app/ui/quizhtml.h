#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>

namespace DeepDive {

class QuizSession;

// The quiz panel's HTML, apart from its widgets: the options of a multiple-choice card with their marks and, once
// answered, which were right, picked or missed; and the feedback under an answered card (the prediction compared
// character by character, the bug's line, when a missed card comes back, the explanation). The panel passes the
// colours of its palette. Its strings keep the panel's translation context.
class QuizHtml
{
    Q_DECLARE_TR_FUNCTIONS(DeepDive::QuizPanel)

public:
    struct Colours
    {
        QString right;
        QString wrong;
        QString quiet; // explanations of options, less prominent than the options
    };

    // `markWidth`: the mark column's width in pixels, as wide as its widest mark so that checking moves nothing.
    static QString choice(const QuizSession &session, const Colours &colours, int markWidth);
    static QString feedback(const QuizSession &session, const Colours &colours);
    static QString comesBack(int cardsLater);
    // The two lines as HTML with the characters where they differ marked in `colour` (a caret where one side has none).
    static std::pair<QString, QString> markedDifference(const QString &expected, const QString &given, bool same,
                                                        const QString &colour);
};

} // namespace DeepDive
