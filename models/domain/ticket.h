#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace docket {

enum class TicketType { Epic, Story, Task, Bug, Spike };
enum class Priority { P0, P1, P2, P3 };
enum class TicketStatus { Generated, Reviewed, Pushed, PushFailed, Synced };
enum class Platform { GitHub, Linear, Jira };

QString ticketTypeName(TicketType type);
std::optional<TicketType> ticketTypeFromName(const QString &name);
QString priorityName(Priority priority); // "P0" ... "P3"
std::optional<Priority> priorityFromName(const QString &name);
QString ticketStatusName(TicketStatus status);
std::optional<TicketStatus> ticketStatusFromName(const QString &name);
QString platformName(Platform platform);
QString platformDisplayName(Platform platform); // "GitHub", "Linear", "Jira"
std::optional<Platform> platformFromName(const QString &name);

// The seeds' priority words (tickets.result.v1): critical/high/medium/low <-> P0..P3.
QString priorityWord(Priority priority);
std::optional<Priority> priorityFromWord(const QString &word);

struct Ticket {
    QString id; // UUID without braces
    QString documentId;
    QString blockId; // source block, empty when the PM wrote the ticket by hand
    QString title;
    QString body; // Markdown
    TicketType ticketType = TicketType::Task;
    std::optional<Priority> priority;
    QStringList labels;
    QStringList acceptanceCriteria;
    QString estimatedEffort; // free text as the spec states it ("medium", "3d")
    std::optional<int> storyPoints;
    QStringList dependencies; // ids of tickets of the same document
    QString parentId;         // id of a ticket of the same document, or empty
    QString component;
    QString milestone;
    std::optional<double> confidence; // 0..1
    TicketStatus status = TicketStatus::Generated;
    std::optional<Platform> platform;
    QString externalId;
    QString externalUrl;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList problems; // what the generator flagged for the PM (e.g. no criteria in the spec)
    QString sourceHash;   // hash of the source block's text the ticket was generated from
    // Edited after it was pushed: the next sync sends the edit to the tracker as an update.
    bool changedLocally = false;
    // The ticket's stable push key (a UUID v4), given when it is first planned for a push and
    // carried into the tracker, so a retried create finds the issue instead of making another.
    QString pushKey;
    QString lastPushError; // the tracker's own words, when the last push of this ticket failed

    bool operator==(const Ticket &) const = default;
};

struct Violation {
    QString field; // the seeds' snake_case field name
    QString message;

    bool operator==(const Violation &) const = default;
};

// Equal in everything but the timestamps the store sets itself (created_at, updated_at).
bool sameExceptTimestamps(Ticket a, Ticket b);

// Pushed or synced: the ticket has an issue in a tracker.
bool isInTracker(const Ticket &ticket);

// The hash a ticket keeps of its source block's text, to notice when the spec changed.
QString sourceTextHash(const QString &blockText);

// Every rule a single ticket breaks, each with the field it concerns.
QList<Violation> validateTicket(const Ticket &ticket);

// Rules that need the other tickets of the document: dependencies and parent must point at
// tickets of the same document, and neither may point at the ticket itself.
QList<Violation> validateTicketReferences(const Ticket &ticket, const QList<Ticket> &documentTickets);

} // namespace docket
