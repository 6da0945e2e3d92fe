#pragma once

#include "topicref.h"

#include <QString>

namespace DeepDive {

// What the tree shows about a topic's progress: computed from the learner's data, kept apart from the content.
struct TopicStats
{
    int cards = 0;
    int newCards = 0;    // never answered
    int due = 0;         // answered before and due now
    int mastered = 0;    // memory stable for three weeks or more
    double mastery = 0;  // mean probability of recalling the topic's cards now, 0..1
    double weakness = 0; // 0..1, higher is weaker
    bool weak = false;
    bool bookmarked = false;
    QString bookmarkLabel;

    bool operator==(const TopicStats &) const = default;
};

} // namespace DeepDive
