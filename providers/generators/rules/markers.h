#pragma once

#include "domain/ticket.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace docket::rules {

// Explicit markers a PM writes in a spec. Each reads one block's plain text (or a heading title);
// none guesses: no marker, no value.

// P0-P3; "priority: high", "high priority", "[critical]"; MoSCoW written as such ("Must have",
// "Should have", "Could have"). MoSCoW maps Must -> P1, Should -> P2, Could -> P3: P0 is kept for
// what the spec itself calls critical or P0.
std::optional<Priority> priorityMarker(const QString &text);

// "Won't have" (MoSCoW): the item is explicitly not to be built.
bool isWontHave(const QString &text);

// "3 points", "story points: 5", "SP: 8", "(5 pts)", "estimate: 3 points".
std::optional<int> storyPointsMarker(const QString &text);

// "effort: medium", "effort: 2d", "t-shirt: M", "size: L".
QString effortMarker(const QString &text);

// "component: billing", "[component: billing]".
QString componentMarker(const QString &text);

// "milestone: Beta", "target: v2.1", "release: Q3".
QString milestoneMarker(const QString &text);

// The spec's own id at the start of an item: "FR-3", "NFR-2", "REQ-12", "US-4", "R1", "BUG-7".
QString itemIdMarker(const QString &text);

// What an item says it waits for: ids ("depends on FR-2 and FR-3") and phrases
// ("blocked by the template editor").
struct References {
    QStringList ids;
    QStringList phrases;
};
References dependencyReferences(const QString &text);

// False when the text carries none of the markers above (a quick test before reading them).
bool hasAnyMarker(const QString &text);

// Removes the markers above so a title does not carry them.
QString stripMarkers(const QString &text);

// Lower-case, hyphen-separated, at most maxLength characters: a label from a section name.
QString slug(const QString &text, int maxLength = 32);

} // namespace docket::rules
