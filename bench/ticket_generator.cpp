#include "ticket_generator.h"

#include <QRandomGenerator>
#include <QUuid>

#include <initializer_list>
#include <utility>

namespace docket::bench {

namespace {

const char *const kVerbs[] = {
    "Add",     "Support",    "Show",     "Let users edit", "Export",       "Import",    "Validate", "Cache",
    "Retry",   "Paginate",   "Search",   "Filter",         "Sort",         "Notify on", "Audit",    "Encrypt",
    "Archive", "Rate-limit", "Localize", "Speed up",       "Fix crash in", "Redesign"};
const char *const kFeatures[] = {"saved searches", "invoices",           "user roles",
                                 "the audit log",  "CSV export",         "webhooks",
                                 "SSO login",      "password reset",     "dashboards",
                                 "API tokens",     "team invites",       "billing plans",
                                 "file uploads",   "comments",           "notifications",
                                 "tags",           "monthly reports",    "the onboarding checklist",
                                 "dark mode",      "keyboard shortcuts", "project templates",
                                 "time tracking",  "the activity feed",  "two-factor sign-in",
                                 "data retention"};
const char *const kQualifiers[] = {"for admins",         "on mobile",     "in the public API",
                                   "per workspace",      "with undo",     "behind a feature flag",
                                   "for large accounts", "while offline", "in bulk",
                                   "across projects"};
const char *const kRoles[] = {"workspace admin", "support agent",   "finance lead",
                              "new member",      "project manager", "auditor"};
const char *const kPains[] = {
    "wait several seconds for the page to load", "lose their changes after a timeout",
    "cannot tell which items changed",           "ask an engineer to run a script",
    "copy values by hand into a spreadsheet",    "get an unhelpful error message"};
const char *const kNotes[] = {
    "Reuse the existing list component and keep the URL shareable.",
    "The backend already stores the data; only the endpoint and the view are missing.",
    "Coordinate the rollout with support so the help article is ready on launch day.",
    "Measure before and after: the slow path shows up in the traces of large accounts.",
    "Keep the old behaviour behind a setting for one release in case customers depend on it.",
    "Write the migration so that it can run twice without harm."};
const char *const kOutcomes[] = {
    "the change is saved and listed at the top", "a confirmation names what was changed",
    "the previous value can be restored in one step", "the list shows only the matching items"};
const char *const kActions[] = {"press Save", "open the page", "pick a filter", "undo the last change"};
const char *const kPlainCriteria[] = {"The change is recorded in the audit log with who and when",
                                      "Errors say what went wrong and what to do next",
                                      "Everything works with the keyboard alone",
                                      "Screen readers announce the new state",
                                      "The page loads in under two seconds for 10,000 items",
                                      "Existing data is migrated without loss"};
const char *const kLabels[] = {"frontend", "backend", "api",         "ux",         "security", "performance",
                               "billing",  "search",  "mobile",      "infra",      "data",     "docs",
                               "a11y",     "i18n",    "reliability", "onboarding", "admin",    "analytics"};
const char *const kComponents[] = {"web", "api", "worker", "mobile", "billing-service", "search-index"};
const char *const kMilestones[] = {"2026.1", "2026.2", "2026.3", "Beta", "GA"};
const char *const kEfforts[] = {"small", "medium", "large", "1d", "3d", "1w"};
const int kStoryPoints[] = {1, 2, 3, 5, 8, 13};

class Picker {
public:
    explicit Picker(quint32 seed)
        : m_random(seed)
    {}

    int below(int bound) { return int(m_random.bounded(bound)); }

    template <typename T, std::size_t N>
    const T &from(const T (&items)[N])
    {
        return items[below(int(N))];
    }

    template <std::size_t N>
    QString textFrom(const char *const (&items)[N])
    {
        return QString::fromLatin1(from(items));
    }

    // One of the values, each with its weight in percent (the weights add up to 100).
    template <typename T>
    T weighted(std::initializer_list<std::pair<T, int>> choices)
    {
        int roll = below(100);
        for (const auto &[value, weight] : choices) {
            if (roll < weight)
                return value;
            roll -= weight;
        }
        return choices.begin()->first;
    }

private:
    QRandomGenerator m_random;
};

QString titleFor(Picker &pick)
{
    QString title = pick.textFrom(kVerbs) + QLatin1Char(' ') + pick.textFrom(kFeatures);
    if (pick.below(3) > 0)
        title += QLatin1Char(' ') + pick.textFrom(kQualifiers);
    return title;
}

QStringList criteriaFor(Picker &pick, const QString &role)
{
    QStringList criteria;
    const int count = 2 + pick.below(4);
    while (criteria.size() < count) {
        const QString criterion = pick.below(2) == 0
                                      ? QStringLiteral("Given a %1, when they %2, then %3")
                                            .arg(role, pick.textFrom(kActions), pick.textFrom(kOutcomes))
                                      : pick.textFrom(kPlainCriteria);
        if (!criteria.contains(criterion))
            criteria.append(criterion);
    }
    return criteria;
}

QString bodyFor(Picker &pick, const QString &feature, const QString &role, const QStringList &criteria,
                const QString &rareWord)
{
    QString body = QStringLiteral("## Context\nToday a %1 working with %2 has to %3. This happens several "
                                  "times a week and support hears about it often.\n\n## Notes\n%4")
                       .arg(role, feature, pick.textFrom(kPains), pick.textFrom(kNotes));
    if (!rareWord.isEmpty())
        body +=
            QStringLiteral(" Requests must carry an %1 key so a retry never applies twice.").arg(rareWord);
    body += QStringLiteral("\n\n## Acceptance Criteria\n");
    for (const QString &criterion : criteria)
        body += QStringLiteral("- [ ] ") + criterion + QLatin1Char('\n');
    return body;
}

QStringList labelsFor(Picker &pick)
{
    QStringList labels;
    const int count = 1 + pick.below(4);
    while (labels.size() < count) {
        const QString label = pick.textFrom(kLabels);
        if (!labels.contains(label))
            labels.append(label);
    }
    return labels;
}

void setLifecycle(Ticket &ticket, Picker &pick, int index)
{
    ticket.status = pick.weighted<TicketStatus>({{TicketStatus::Generated, 50},
                                                 {TicketStatus::Reviewed, 25},
                                                 {TicketStatus::Pushed, 15},
                                                 {TicketStatus::PushFailed, 2},
                                                 {TicketStatus::Synced, 8}});
    if (ticket.status == TicketStatus::Pushed || ticket.status == TicketStatus::Synced) {
        ticket.platform = Platform::GitHub;
        ticket.externalId = QStringLiteral("#%1").arg(1000 + index);
        ticket.externalUrl = QStringLiteral("https://github.example/acme/app/issues/%1").arg(1000 + index);
    }
    // A backlog built over months: a ticket every few minutes.
    const QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    ticket.createdAt = start.addSecs(qint64(index) * 240);
    ticket.updatedAt = ticket.createdAt.addSecs(pick.below(30 * 24 * 3600));
}

} // namespace

QList<Ticket> generateTickets(const QString &documentId, int count, const QString &rareWord, quint32 seed)
{
    Picker pick(seed);
    QList<Ticket> tickets;
    tickets.reserve(count);
    for (int i = 0; i < count; ++i) {
        Ticket ticket;
        ticket.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ticket.documentId = documentId;
        const QString role = pick.textFrom(kRoles);
        ticket.title = titleFor(pick);
        const QString feature = pick.textFrom(kFeatures);
        ticket.acceptanceCriteria = criteriaFor(pick, role);
        ticket.body =
            bodyFor(pick, feature, role, ticket.acceptanceCriteria, i % 100 == 0 ? rareWord : QString());
        ticket.ticketType = pick.weighted<TicketType>({{TicketType::Story, 40},
                                                       {TicketType::Task, 35},
                                                       {TicketType::Bug, 15},
                                                       {TicketType::Spike, 5},
                                                       {TicketType::Epic, 5}});
        if (pick.below(20) > 0)
            ticket.priority = pick.weighted<Priority>(
                {{Priority::P0, 5}, {Priority::P1, 25}, {Priority::P2, 50}, {Priority::P3, 20}});
        ticket.labels = labelsFor(pick);
        ticket.estimatedEffort = pick.textFrom(kEfforts);
        ticket.storyPoints = pick.from(kStoryPoints);
        ticket.component = pick.textFrom(kComponents);
        ticket.milestone = pick.textFrom(kMilestones);
        ticket.confidence = 0.5 + pick.below(50) / 100.0;
        setLifecycle(ticket, pick, i);
        tickets.append(ticket);
    }
    return tickets;
}

} // namespace docket::bench
