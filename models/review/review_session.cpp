#include "review_session.h"

#include "store/workspace.h"
#include "ticket_change_command.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace docket {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(docket::ReviewSession)
};

QString idOf(const TicketChange &change)
{
    return change.before ? change.before->id : change.after->id;
}

QString titleOf(const TicketChange &change)
{
    return change.before ? change.before->title : change.after->title;
}

} // namespace

ReviewSession::ReviewSession(Workspace &workspace, QString actor, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
    , m_stack(new QUndoStack(this))
{
    m_stack->setUndoLimit(500);
}

ReviewSession::~ReviewSession()
{
    // The commands refer back to this session; drop them while it is still whole.
    m_stack->clear();
}

Status ReviewSession::apply(const TicketChanges &changes, const QString &description, const QString &mergeKey)
{
    if (changes.isEmpty())
        return {};
    auto *command = new TicketChangeCommand(*this, changes, description, mergeKey);
    m_lastWrite = {};
    m_stack->push(command); // redo() runs here and records its outcome in m_lastWrite
    return m_lastWrite;
}

Status ReviewSession::editTicket(const Ticket &edited, const QString &description, const QString &mergeKey)
{
    auto current = m_workspace.ticket(edited.id);
    if (!current)
        return current.error();
    const Ticket after = withLocalEdit(current.value(), edited);
    if (sameExceptTimestamps(current.value(), after))
        return {};
    return apply({{current.value(), after}}, description, mergeKey);
}

Status ReviewSession::editTicketFrom(const Ticket &base, const Ticket &edited, const QString &description,
                                     const QString &mergeKey)
{
    auto current = m_workspace.ticket(edited.id);
    if (!current)
        return current.error();
    if (!sameExceptTimestamps(current.value(), base)) {
        emit ticketsChanged(current.value().documentId, {current.value()}, {});
        const Error stale{
            Text::tr("\"%1\" was changed elsewhere while you edited it; it now shows the latest "
                     "version, and your edit was not applied.")
                .arg(current.value().title),
            {}};
        emit failed(stale.message);
        return stale;
    }
    return editTicket(edited, description, mergeKey);
}

Result<QStringList> ReviewSession::markReviewed(const QStringList &ids)
{
    BulkEdit edit;
    edit.status = TicketStatus::Reviewed;
    return bulkEdit(ids, edit);
}

Result<QStringList> ReviewSession::bulkEdit(const QStringList &ids, const BulkEdit &edit)
{
    auto tickets = selectionAndDocument(ids);
    if (!tickets)
        return tickets.error();
    const BulkEditResult result = applyBulkEdit(tickets.value().first, edit, tickets.value().second);
    BulkEdit onlyReview;
    onlyReview.status = TicketStatus::Reviewed;
    const bool marksReviewed = edit.status == onlyReview.status && !edit.priority && !edit.ticketType &&
                               edit.addLabels.isEmpty() && edit.removeLabels.isEmpty() && !edit.parentId;
    const int count = int(result.changes.size());
    const QString description = marksReviewed ? Text::tr("Mark %n Ticket(s) Reviewed", nullptr, count)
                                              : Text::tr("Edit %n Ticket(s)", nullptr, count);
    if (Status applied = apply(result.changes, description); !applied)
        return applied.error();
    return result.refused;
}

Status ReviewSession::split(const QString &ticketId, const QStringList &titles)
{
    auto ticket = m_workspace.ticket(ticketId);
    if (!ticket)
        return ticket.error();
    auto changes = splitTicket(ticket.value(), titles);
    if (!changes)
        return changes.error();
    return apply(changes.value(), Text::tr("Split \"%1\"").arg(ticket.value().title));
}

Result<std::pair<QList<Ticket>, QList<Ticket>>>
ReviewSession::selectionAndDocument(const QStringList &ids) const
{
    auto selected = ticketsByIds(ids);
    if (!selected)
        return selected.error();
    auto documentTickets = documentTicketsOf(selected.value());
    if (!documentTickets)
        return documentTickets.error();
    return std::pair{selected.value(), documentTickets.value()};
}

Status ReviewSession::merge(const QStringList &ids)
{
    auto tickets = selectionAndDocument(ids);
    if (!tickets)
        return tickets.error();
    auto changes = mergeTickets(tickets.value().first, tickets.value().second);
    if (!changes)
        return changes.error();
    return apply(changes.value(), Text::tr("Merge %n Ticket(s)", nullptr, int(ids.size())));
}

Status ReviewSession::remove(const QStringList &ids)
{
    auto tickets = selectionAndDocument(ids);
    if (!tickets)
        return tickets.error();
    auto changes = deleteTickets(ids, tickets.value().second);
    if (!changes)
        return changes.error();
    return apply(changes.value(), Text::tr("Delete %n Ticket(s)", nullptr, int(ids.size())));
}

Status ReviewSession::write(const TicketChanges &changes, bool forward)
{
    m_lastWrite = [&]() -> Status {
        for (const TicketChange &change : changes) {
            const std::optional<Ticket> &expected = forward ? change.before : change.after;
            auto current = m_workspace.findTicket(idOf(change));
            if (!current)
                return current.error();
            const bool asExpected = expected
                                        ? current.value() && sameExceptTimestamps(*current.value(), *expected)
                                        : !current.value().has_value();
            if (!asExpected)
                return Error{Text::tr("\"%1\" was changed elsewhere after this step, so the step was "
                                      "dropped and the newer change kept.")
                                 .arg(titleOf(change)),
                             {}};
        }
        return m_workspace.transaction([&]() -> Status {
            for (const TicketChange &change : changes) {
                const std::optional<Ticket> &target = forward ? change.after : change.before;
                Status written = target ? m_workspace.saveTicket(*target, m_actor)
                                        : m_workspace.removeTicket(idOf(change), m_actor);
                if (!written)
                    return written;
            }
            return {};
        });
    }();
    if (!m_lastWrite) {
        emit failed(m_lastWrite.error().toString());
        return m_lastWrite;
    }

    QList<Ticket> current;
    QStringList removed;
    QString documentId;
    for (const TicketChange &change : changes) {
        const std::optional<Ticket> &target = forward ? change.after : change.before;
        documentId = target ? target->documentId : (change.before ? change.before->documentId : documentId);
        if (!target) {
            removed.append(idOf(change));
            continue;
        }
        auto saved = m_workspace.ticket(target->id); // with the timestamps the store set
        current.append(saved ? saved.value() : *target);
    }
    emit ticketsChanged(documentId, current, removed);
    return {};
}

Result<QList<Ticket>> ReviewSession::ticketsByIds(const QStringList &ids) const
{
    QList<Ticket> tickets;
    for (const QString &id : ids) {
        auto ticket = m_workspace.ticket(id);
        if (!ticket)
            return ticket.error();
        tickets.append(ticket.value());
    }
    return tickets;
}

Result<QList<Ticket>> ReviewSession::documentTicketsOf(const QList<Ticket> &tickets) const
{
    if (tickets.isEmpty())
        return QList<Ticket>();
    QSet<QString> documents;
    for (const Ticket &ticket : tickets)
        documents.insert(ticket.documentId);
    if (documents.size() > 1)
        return Error{Text::tr("The selected tickets belong to different documents."), {}};
    return m_workspace.tickets(TicketQuery{tickets.first().documentId, std::nullopt});
}

} // namespace docket
