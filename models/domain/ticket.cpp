#include "ticket.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

#include <array>
#include <cmath>

namespace docket {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[entry, text] : table) {
        if (name == QLatin1String(text))
            return entry;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<TicketType, const char *>, 5> kTypes{{
    {TicketType::Epic, "epic"},
    {TicketType::Story, "story"},
    {TicketType::Task, "task"},
    {TicketType::Bug, "bug"},
    {TicketType::Spike, "spike"},
}};
constexpr std::array<std::pair<Priority, const char *>, 4> kPriorities{{
    {Priority::P0, "P0"},
    {Priority::P1, "P1"},
    {Priority::P2, "P2"},
    {Priority::P3, "P3"},
}};
constexpr std::array<std::pair<Priority, const char *>, 4> kPriorityWords{{
    {Priority::P0, "critical"},
    {Priority::P1, "high"},
    {Priority::P2, "medium"},
    {Priority::P3, "low"},
}};
constexpr std::array<std::pair<TicketStatus, const char *>, 5> kStatuses{{
    {TicketStatus::Generated, "generated"},
    {TicketStatus::Reviewed, "reviewed"},
    {TicketStatus::Pushed, "pushed"},
    {TicketStatus::PushFailed, "push_failed"},
    {TicketStatus::Synced, "synced"},
}};
constexpr std::array<std::pair<Platform, const char *>, 3> kPlatforms{{
    {Platform::GitHub, "github"},
    {Platform::Linear, "linear"},
    {Platform::Jira, "jira"},
}};

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Ticket)
};

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

constexpr int kMaxCriteria = 8;
constexpr int kMaxTitleLength = 255; // GitHub, Linear and Jira all accept at least this much

} // namespace

QString ticketTypeName(TicketType type)
{
    return nameOf(kTypes, type);
}
std::optional<TicketType> ticketTypeFromName(const QString &name)
{
    return valueOf(kTypes, name);
}
QString priorityName(Priority priority)
{
    return nameOf(kPriorities, priority);
}
std::optional<Priority> priorityFromName(const QString &name)
{
    return valueOf(kPriorities, name.toUpper());
}
QString ticketStatusName(TicketStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<TicketStatus> ticketStatusFromName(const QString &name)
{
    return valueOf(kStatuses, name);
}
QString platformName(Platform platform)
{
    return nameOf(kPlatforms, platform);
}
std::optional<Platform> platformFromName(const QString &name)
{
    return valueOf(kPlatforms, name);
}
QString priorityWord(Priority priority)
{
    return nameOf(kPriorityWords, priority);
}
std::optional<Priority> priorityFromWord(const QString &word)
{
    return valueOf(kPriorityWords, word.toLower());
}

QString platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::GitHub:
        return QStringLiteral("GitHub");
    case Platform::Linear:
        return QStringLiteral("Linear");
    case Platform::Jira:
        return QStringLiteral("Jira");
    }
    return {};
}

bool sameExceptTimestamps(Ticket a, Ticket b)
{
    a.updatedAt = b.updatedAt = {};
    a.createdAt = b.createdAt = {};
    return a == b;
}

bool isInTracker(const Ticket &ticket)
{
    return ticket.status == TicketStatus::Pushed || ticket.status == TicketStatus::Synced;
}

QString sourceTextHash(const QString &blockText)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(blockText.trimmed().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QList<Violation> validateTicket(const Ticket &ticket)
{
    QList<Violation> violations;
    auto add = [&](const char *field, const QString &message) {
        violations.append({QString::fromLatin1(field), message});
    };

    if (!isUuid(ticket.id))
        add("id", Text::tr("The ticket id is not a UUID."));
    if (!isUuid(ticket.documentId))
        add("document_id", Text::tr("The ticket belongs to no document."));
    if (!ticket.blockId.isEmpty() && !isUuid(ticket.blockId))
        add("block_id", Text::tr("The source block id is not a UUID."));

    const QString title = ticket.title.trimmed();
    if (title.isEmpty())
        add("title", Text::tr("The title is empty."));
    else if (title.size() > kMaxTitleLength)
        add("title", Text::tr("The title is longer than %1 characters.").arg(kMaxTitleLength));

    // The 1-8 criteria rule applies from review on: a fresh draft may still lack criteria
    // (the generator flags it for the PM instead of inventing any).
    const bool reviewedOrLater = ticket.status != TicketStatus::Generated;
    for (int i = 0; i < ticket.acceptanceCriteria.size(); ++i) {
        if (ticket.acceptanceCriteria.at(i).trimmed().isEmpty())
            add("acceptance_criteria", Text::tr("Criterion %1 is empty.").arg(i + 1));
    }
    if (ticket.acceptanceCriteria.size() > kMaxCriteria)
        add("acceptance_criteria", Text::tr("%1 acceptance criteria; at most %2 are allowed.")
                                       .arg(ticket.acceptanceCriteria.size())
                                       .arg(kMaxCriteria));
    if (reviewedOrLater && ticket.acceptanceCriteria.isEmpty())
        add("acceptance_criteria", Text::tr("A reviewed ticket needs at least one acceptance criterion."));

    if (ticket.storyPoints && (*ticket.storyPoints < 1 || *ticket.storyPoints > 100))
        add("story_points", Text::tr("Story points must be between 1 and 100."));

    if (ticket.confidence &&
        (std::isnan(*ticket.confidence) || *ticket.confidence < 0.0 || *ticket.confidence > 1.0))
        add("confidence", Text::tr("Confidence must be between 0 and 1."));

    for (const QString &label : ticket.labels) {
        if (label.trimmed().isEmpty())
            add("labels", Text::tr("A label is empty."));
    }
    QStringList distinct = ticket.labels;
    if (distinct.removeDuplicates() > 0)
        add("labels", Text::tr("A label appears more than once."));

    const bool remote = ticket.status == TicketStatus::Pushed || ticket.status == TicketStatus::Synced;
    if (remote && !ticket.platform)
        add("platform", Text::tr("A pushed ticket must name its platform."));
    if (remote && ticket.externalId.isEmpty())
        add("external_id", Text::tr("A pushed ticket must carry the tracker's id."));

    if (ticket.dependencies.contains(ticket.id))
        add("dependencies", Text::tr("A ticket cannot depend on itself."));
    if (!ticket.parentId.isEmpty() && ticket.parentId == ticket.id)
        add("parent", Text::tr("A ticket cannot be its own parent."));

    return violations;
}

QList<Violation> validateTicketReferences(const Ticket &ticket, const QList<Ticket> &documentTickets)
{
    QList<Violation> violations;
    auto find = [&](const QString &id) -> const Ticket * {
        for (const Ticket &other : documentTickets) {
            if (other.id == id)
                return &other;
        }
        return nullptr;
    };

    for (const QString &dependency : ticket.dependencies) {
        const Ticket *other = find(dependency);
        if (!other)
            violations.append({QStringLiteral("dependencies"),
                               Text::tr("Depends on %1, which does not exist.").arg(dependency)});
        else if (other->documentId != ticket.documentId)
            violations.append(
                {QStringLiteral("dependencies"),
                 Text::tr("Depends on \"%1\", which belongs to another document.").arg(other->title)});
    }
    if (!ticket.parentId.isEmpty()) {
        const Ticket *parent = find(ticket.parentId);
        if (!parent)
            violations.append(
                {QStringLiteral("parent"), Text::tr("The parent %1 does not exist.").arg(ticket.parentId)});
        else if (parent->documentId != ticket.documentId)
            violations.append(
                {QStringLiteral("parent"),
                 Text::tr("The parent \"%1\" belongs to another document.").arg(parent->title)});
    }
    return violations;
}

} // namespace docket
