#pragma once

#include <QString>

namespace docket::rules {

// Short imperative titles from a spec's sentences. Each takes one block's plain text.
inline constexpr int kMaxTitleLength = 80;

QString storyTitle(const QString &story);             // "As a PM, I want to see X so that Y" -> "See X"
QString requirementTitle(const QString &requirement); // "FR-3: The system must send X" -> "Send X"
QString solutionTitle(const QString &solution);       // "We will cache X." -> "Cache X"
QString spikeTitle(const QString &question);          // "Should we X?" -> "Investigate: should we X?"
QString bugTitle(const QString &defect);              // "Export drops rows" -> "Fix: export drops rows"
QString epicTitle(const QString &heading);            // "2. Checklist editor (P1)" -> "Checklist editor"

// The first sentence, cut at a word boundary to at most maxLength characters.
QString shortTitle(const QString &text, int maxLength = kMaxTitleLength);

// The "so that ..." benefit of a user story, or empty.
QString storyBenefit(const QString &story);

// True for items phrased as investigations ("Investigate ...", "Evaluate ...", "Spike: ...").
bool isInvestigation(const QString &text);

} // namespace docket::rules
