#pragma once

#include "common/result.h"
#include "ticket.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace docket {

// One ticket draft as tickets.result.v1 describes it (seed 001), plus Docket's traceability:
// the block it came from and the problems the generator flags for the PM.
struct Draft {
    QString externalId; // "SPEC-<n>", unique within its DraftSet
    TicketType ticketType = TicketType::Task;
    QString title;
    QString description; // Markdown context; criteria are kept apart in acceptanceCriteria
    QStringList acceptanceCriteria;
    QStringList labels;
    QStringList dependencies; // externalIds within the same DraftSet
    std::optional<int> storyPoints;
    std::optional<Priority> priority;
    QString parentExternalId;
    QString component;
    QString suggestedMilestone;
    std::optional<double> confidence;
    QString estimatedEffort;
    QString blockId;      // source block (metadata.block_id)
    QStringList problems; // e.g. "the spec states no acceptance criteria for this story"

    bool operator==(const Draft &) const = default;
};

// A risk or an open question found in the spec, with the block it came from.
struct DraftNote {
    QString text;
    QString blockId;

    bool operator==(const DraftNote &) const = default;
};

struct GenerationInfo {
    QString generator; // "rules", "ollama", "openai", "taskforge"
    QString model;
    qint64 durationMs = 0;
    std::optional<int> promptTokens;
    std::optional<int> completionTokens;
    QString finishReason; // "stop", "length", "cancelled", ...
    QStringList warnings; // drafts rejected or repaired, with the reason

    bool operator==(const GenerationInfo &) const = default;
};

// The whole result of one generation: tickets.result.v1.
struct DraftSet {
    QString jobId;
    QString sourceTitle;
    QString sourceSummary;
    QList<Draft> tickets;
    QList<DraftNote> risks;
    QList<DraftNote> openQuestions;
    GenerationInfo generation;

    bool operator==(const DraftSet &) const = default;
};

struct DraftViolation {
    QString externalId; // the draft concerned, empty for the set as a whole
    QString field;      // tickets.result.v1 field name
    QString message;

    bool operator==(const DraftViolation &) const = default;
};

// The draft rules of tickets.result.v1: ids SPEC-<n> unique; a known ticket_type; 1-8 non-empty
// acceptance criteria; dependencies and parents inside the same result (and no cycles of
// parents); story_points 1-100 or null. Returns every violation.
QList<DraftViolation> validateDraftSet(const DraftSet &set);

// Same rules for a single draft, without the cross-references.
QList<DraftViolation> validateDraft(const Draft &draft);

QString draftExternalId(int number); // "SPEC-<number>"

} // namespace docket
