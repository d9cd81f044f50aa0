#include "workflow.h"

#include <QCoreApplication>

namespace docket {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::Workflow)
};
} // namespace

QString describeViolations(const QList<Violation> &violations)
{
    QStringList lines;
    for (const Violation &violation : violations)
        lines.append(QStringLiteral("%1: %2").arg(violation.field, violation.message));
    return lines.join(QLatin1Char('\n'));
}

Result<Ticket> markReviewed(const Ticket &ticket)
{
    switch (ticket.status) {
    case TicketStatus::Reviewed:
    case TicketStatus::PushFailed: // reviewed already; the push is what failed
        return ticket;
    case TicketStatus::Generated:
        break;
    case TicketStatus::Pushed:
    case TicketStatus::Synced:
        return Error{Text::tr("\"%1\" is already in the tracker; it was reviewed before it was pushed.")
                         .arg(ticket.title),
                     ticket.id};
    }
    Ticket reviewed = ticket;
    reviewed.status = TicketStatus::Reviewed;
    const QList<Violation> violations = validateTicket(reviewed);
    if (!violations.isEmpty())
        return Error{Text::tr("\"%1\" cannot be marked reviewed yet:\n%2")
                         .arg(ticket.title, describeViolations(violations)),
                     ticket.id};
    return reviewed;
}

} // namespace docket
