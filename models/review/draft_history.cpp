#include "draft_history.h"

#include "domain/json.h"
#include "store/workspace.h"

#include <QJsonObject>

namespace docket {

Result<std::optional<Ticket>> generatedVersion(const Workspace &workspace, const QString &ticketId)
{
    auto activity = workspace.activity(ticketId);
    if (!activity)
        return activity.error();
    const QList<ActivityEntry> &entries = activity.value();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (!it->actor.startsWith(QLatin1String("generator:")) || !it->after.isObject())
            continue;
        auto ticket = ticketFromJson(it->after.toObject());
        if (!ticket)
            return ticket.error();
        return std::optional<Ticket>(ticket.value());
    }
    return std::optional<Ticket>();
}

} // namespace docket
