#include "domain/ticket_diff.h"
#include "review/review_session.h"
#include "store/workspace.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUuid>

using namespace docket;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Ticket makeTicket(const QString &documentId, const QString &title)
{
    Ticket ticket;
    ticket.id = newId();
    ticket.documentId = documentId;
    ticket.title = title;
    ticket.body = QStringLiteral("Body of ") + title;
    ticket.ticketType = TicketType::Task;
    ticket.priority = Priority::P2;
    ticket.labels = {QStringLiteral("backend")};
    ticket.acceptanceCriteria = {QStringLiteral("It works")};
    return ticket;
}

} // namespace

class TestReviewSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editIsSavedAtOnceAndUndoable();
    void typingInOneFieldIsOneUndoStep();
    void undoRefusesToOverwriteANewerChange();
    void editingAPushedTicketMarksItChangedLocally();
    void anEditOfAStaleCopyIsRefusedAndTheLatestShown();
    void bulkEditAppliesToEachAndSaysWhyItRefused();
    void bulkParentCannotNestATicketUnderItself();
    void splitCreatesTicketsAndUndoRemovesThem();
    void mergeRedirectsReferencesAndUndoRestoresEverything();
    void deleteDropsReferencesAndUndoBringsThemBack();
    void ticketsInATrackerAreNotDeletedOrMergedAway();
    void everyStepLandsInTheActivityLog();
    void diffListsTheEditedFields();

private:
    Ticket stored(const QString &id) { return m_workspace->ticket(id).value(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ReviewSession> m_session;
    QString m_documentId;
    QList<Ticket> m_tickets; // a, b (depends on a), c (child of a)
};

void TestReviewSession::init()
{
    QVERIFY(m_dir.isValid());
    auto opened = Workspace::open(m_dir.filePath(newId() + QStringLiteral(".docket")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_workspace = std::move(opened.value());
    Document document;
    document.id = m_documentId = newId();
    document.title = QStringLiteral("Spec");
    document.sourcePath = QStringLiteral("spec.md");
    document.sourceText = QStringLiteral("# Spec\n");
    document.sha256 = QStringLiteral("00");
    document.importedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(m_workspace->addDocument(document, {}, QStringLiteral("test")));

    Ticket a = makeTicket(m_documentId, QStringLiteral("Login page"));
    Ticket b = makeTicket(m_documentId, QStringLiteral("Password reset"));
    b.dependencies = {a.id};
    Ticket c = makeTicket(m_documentId, QStringLiteral("Remember me"));
    c.parentId = a.id;
    m_tickets = {a, b, c};
    QVERIFY(m_workspace->saveTickets(m_tickets, QStringLiteral("test")));
    m_session = std::make_unique<ReviewSession>(*m_workspace, QStringLiteral("gui"));
}

void TestReviewSession::cleanup()
{
    m_session.reset();
    m_workspace.reset();
}

void TestReviewSession::editIsSavedAtOnceAndUndoable()
{
    QSignalSpy changed(m_session.get(), &ReviewSession::ticketsChanged);
    Ticket edited = m_tickets.at(0);
    edited.title = QStringLiteral("Sign-in page");
    edited.priority = Priority::P0;
    QVERIFY(m_session->editTicket(edited, QStringLiteral("Edit title")));
    QCOMPARE(stored(edited.id).title, QStringLiteral("Sign-in page"));
    QCOMPARE(stored(edited.id).priority, Priority::P0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), QStringLiteral("Edit title"));

    m_session->undoStack()->undo();
    QCOMPARE(stored(edited.id).title, QStringLiteral("Login page"));
    QCOMPARE(stored(edited.id).priority, Priority::P2);
    m_session->undoStack()->redo();
    QCOMPARE(stored(edited.id).title, QStringLiteral("Sign-in page"));
    QCOMPARE(changed.size(), 3);

    // An edit that changes nothing is not a step.
    QVERIFY(m_session->editTicket(stored(edited.id), QStringLiteral("Nothing")));
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestReviewSession::typingInOneFieldIsOneUndoStep()
{
    Ticket edited = m_tickets.at(0);
    for (const QString &body : {QStringLiteral("A"), QStringLiteral("AB"), QStringLiteral("ABC")}) {
        edited.body = body;
        QVERIFY(m_session->editTicket(edited, QStringLiteral("Edit body"), QStringLiteral("body-1")));
    }
    edited.body = QStringLiteral("ABCD");
    QVERIFY(m_session->editTicket(edited, QStringLiteral("Edit body"), QStringLiteral("body-2")));
    QCOMPARE(m_session->undoStack()->count(), 2);
    m_session->undoStack()->undo();
    QCOMPARE(stored(edited.id).body, QStringLiteral("ABC"));
    m_session->undoStack()->undo();
    QCOMPARE(stored(edited.id).body, m_tickets.at(0).body);
}

void TestReviewSession::undoRefusesToOverwriteANewerChange()
{
    Ticket edited = m_tickets.at(0);
    edited.title = QStringLiteral("Edited in the GUI");
    QVERIFY(m_session->editTicket(edited, QStringLiteral("Edit title")));
    // Someone else (the CLI, an accepted proposal) changes the same ticket.
    Ticket elsewhere = stored(edited.id);
    elsewhere.title = QStringLiteral("Edited by the CLI");
    QVERIFY(m_workspace->saveTicket(elsewhere, QStringLiteral("cli")));

    QSignalSpy failed(m_session.get(), &ReviewSession::failed);
    m_session->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("changed elsewhere")));
    QCOMPARE(stored(edited.id).title, QStringLiteral("Edited by the CLI"));
    QCOMPARE(m_session->undoStack()->count(), 0); // the stale step is gone, not retried
}

void TestReviewSession::anEditOfAStaleCopyIsRefusedAndTheLatestShown()
{
    const Ticket seen = stored(m_tickets.at(0).id); // what the editor shows
    Ticket elsewhere = seen;
    elsewhere.priority = Priority::P0; // the CLI raises the priority meanwhile
    QVERIFY(m_workspace->saveTicket(elsewhere, QStringLiteral("cli")));

    QSignalSpy changed(m_session.get(), &ReviewSession::ticketsChanged);
    Ticket edited = seen;
    edited.title = QStringLiteral("Retitled in the GUI");
    const Status refused = m_session->editTicketFrom(seen, edited, QStringLiteral("Edit Title"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("changed elsewhere")));
    QCOMPARE(stored(seen.id).priority, Priority::P0); // the other change survives
    QCOMPARE(stored(seen.id).title, seen.title);
    QCOMPARE(changed.size(), 1); // the views are handed the latest version
    QCOMPARE(changed.first().at(1).value<QList<Ticket>>().first().priority, Priority::P0);

    // Edited from the latest version, it goes through.
    Ticket fresh = stored(seen.id);
    fresh.title = QStringLiteral("Retitled in the GUI");
    QVERIFY(m_session->editTicketFrom(stored(seen.id), fresh, QStringLiteral("Edit Title")));
    QCOMPARE(stored(seen.id).title, QStringLiteral("Retitled in the GUI"));
    QCOMPARE(stored(seen.id).priority, Priority::P0);
}

void TestReviewSession::editingAPushedTicketMarksItChangedLocally()
{
    Ticket pushed = m_tickets.at(0);
    pushed.status = TicketStatus::Pushed;
    pushed.platform = Platform::GitHub;
    pushed.externalId = QStringLiteral("42");
    QVERIFY(m_workspace->saveTicket(pushed, QStringLiteral("push")));
    QVERIFY(!stored(pushed.id).changedLocally);

    Ticket edited = stored(pushed.id);
    edited.labels.append(QStringLiteral("auth"));
    QVERIFY(m_session->editTicket(edited, QStringLiteral("Add label")));
    QVERIFY(stored(pushed.id).changedLocally);
    QCOMPARE(stored(pushed.id).status, TicketStatus::Pushed);
    m_session->undoStack()->undo();
    QVERIFY(!stored(pushed.id).changedLocally);

    // Reopening the file keeps the flag (schema 4 stores it).
    QVERIFY(m_session->editTicket(edited, QStringLiteral("Add label")));
    const QString path = m_workspace->path();
    m_session.reset();
    m_workspace.reset();
    m_workspace = std::move(Workspace::open(path).value());
    QVERIFY(stored(pushed.id).changedLocally);
}

void TestReviewSession::bulkEditAppliesToEachAndSaysWhyItRefused()
{
    Ticket noCriteria = stored(m_tickets.at(2).id);
    noCriteria.acceptanceCriteria.clear();
    QVERIFY(m_workspace->saveTicket(noCriteria, QStringLiteral("test")));

    BulkEdit edit;
    edit.priority = Priority::P1;
    edit.addLabels = {QStringLiteral("sprint-3")};
    edit.removeLabels = {QStringLiteral("backend")};
    edit.status = TicketStatus::Reviewed;
    const QStringList ids{m_tickets.at(0).id, m_tickets.at(1).id, m_tickets.at(2).id};
    auto refused = m_session->bulkEdit(ids, edit);
    QVERIFY(refused);
    QCOMPARE(refused.value().size(), 1);
    QVERIFY(refused.value().first().contains(QStringLiteral("Remember me")));
    for (int i = 0; i < 2; ++i) {
        const Ticket ticket = stored(ids.at(i));
        QCOMPARE(ticket.priority, Priority::P1);
        QCOMPARE(ticket.labels, QStringList{QStringLiteral("sprint-3")});
        QCOMPARE(ticket.status, TicketStatus::Reviewed);
    }
    QCOMPARE(stored(ids.at(2)).status, TicketStatus::Generated);
    QCOMPARE(stored(ids.at(2)).priority, Priority::P2); // refused as a whole

    m_session->undoStack()->undo(); // one step for the whole bulk edit
    QCOMPARE(stored(ids.at(0)).status, TicketStatus::Generated);
    QCOMPARE(stored(ids.at(1)).labels, QStringList{QStringLiteral("backend")});
}

void TestReviewSession::bulkParentCannotNestATicketUnderItself()
{
    BulkEdit edit;
    edit.parentId = m_tickets.at(2).id; // c is a's child: a under c would be a loop
    auto refused = m_session->bulkEdit({m_tickets.at(0).id, m_tickets.at(1).id}, edit);
    QVERIFY(refused);
    QCOMPARE(refused.value().size(), 1);
    QVERIFY(stored(m_tickets.at(0).id).parentId.isEmpty());
    QCOMPARE(stored(m_tickets.at(1).id).parentId, m_tickets.at(2).id);
}

void TestReviewSession::splitCreatesTicketsAndUndoRemovesThem()
{
    const Ticket original = m_tickets.at(0);
    QVERIFY(!m_session->split(original.id, {QStringLiteral("Only one")}));
    QVERIFY(m_session->split(original.id, {QStringLiteral("Login form"), QStringLiteral("Login API"),
                                           QStringLiteral(" "), QStringLiteral("Login audit")}));
    auto all = m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value();
    QCOMPARE(all.size(), 5);
    QCOMPARE(stored(original.id).title, QStringLiteral("Login form"));
    QStringList titles;
    for (const Ticket &ticket : all)
        titles.append(ticket.title);
    QVERIFY(titles.contains(QStringLiteral("Login API")));
    QVERIFY(titles.contains(QStringLiteral("Login audit")));
    for (const Ticket &ticket : all)
        if (ticket.title == QStringLiteral("Login API"))
            QCOMPARE(ticket.acceptanceCriteria, original.acceptanceCriteria);

    m_session->undoStack()->undo();
    QCOMPARE(m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value().size(), 3);
    QCOMPARE(stored(original.id).title, original.title);
}

void TestReviewSession::mergeRedirectsReferencesAndUndoRestoresEverything()
{
    // Merge a and c into b: b depended on a, c was a's child.
    Ticket d = makeTicket(m_documentId, QStringLiteral("Audit log"));
    d.dependencies = {m_tickets.at(0).id, m_tickets.at(2).id};
    Ticket c = stored(m_tickets.at(2).id);
    c.acceptanceCriteria.append(QStringLiteral("Cookie lasts 30 days"));
    c.priority = Priority::P0;
    QVERIFY(m_workspace->saveTickets({d, c}, QStringLiteral("test")));

    const QString b = m_tickets.at(1).id;
    QVERIFY(m_session->merge({b, m_tickets.at(0).id, c.id}));
    const Ticket merged = stored(b);
    QVERIFY(merged.body.contains(QStringLiteral("Body of Password reset")));
    QVERIFY(merged.body.contains(QStringLiteral("### Remember me")));
    QCOMPARE(merged.acceptanceCriteria,
             (QStringList{QStringLiteral("It works"), QStringLiteral("Cookie lasts 30 days")}));
    QCOMPARE(merged.priority, Priority::P0);
    QVERIFY(merged.dependencies.isEmpty()); // it depended on a, which is now itself
    QCOMPARE(stored(d.id).dependencies, QStringList{b});
    QVERIFY(!m_workspace->findTicket(m_tickets.at(0).id).value().has_value());
    QCOMPARE(m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value().size(), 2);

    m_session->undoStack()->undo();
    QCOMPARE(m_workspace->tickets(TicketQuery{m_documentId, std::nullopt}).value().size(), 4);
    QCOMPARE(stored(d.id).dependencies, (QStringList{m_tickets.at(0).id, c.id}));
    QCOMPARE(stored(c.id).parentId, m_tickets.at(0).id);
    QCOMPARE(stored(b).body, m_tickets.at(1).body);
}

void TestReviewSession::deleteDropsReferencesAndUndoBringsThemBack()
{
    const Ticket a = m_tickets.at(0);
    QVERIFY(m_session->remove({a.id}));
    QVERIFY(!m_workspace->findTicket(a.id).value().has_value());
    QVERIFY(stored(m_tickets.at(1).id).dependencies.isEmpty());
    QVERIFY(stored(m_tickets.at(2).id).parentId.isEmpty());

    m_session->undoStack()->undo();
    const Ticket back = stored(a.id);
    QCOMPARE(back.title, a.title);
    QCOMPARE(back.acceptanceCriteria, a.acceptanceCriteria);
    QCOMPARE(stored(m_tickets.at(1).id).dependencies, QStringList{a.id});
    QCOMPARE(stored(m_tickets.at(2).id).parentId, a.id);
}

void TestReviewSession::ticketsInATrackerAreNotDeletedOrMergedAway()
{
    Ticket pushed = stored(m_tickets.at(0).id);
    pushed.status = TicketStatus::Synced;
    QVERIFY(m_workspace->saveTicket(pushed, QStringLiteral("sync")));
    const Status removed = m_session->remove({pushed.id});
    QVERIFY(!removed);
    QVERIFY(removed.error().message.contains(QStringLiteral("tracker")));
    QVERIFY(!m_session->merge({m_tickets.at(1).id, pushed.id}));
    QVERIFY(m_workspace->findTicket(pushed.id).value().has_value());
    QCOMPARE(m_session->undoStack()->count(), 0);
    // Merging into it is fine: it keeps its id and tracker link.
    QVERIFY(m_session->merge({pushed.id, m_tickets.at(1).id}));
    QVERIFY(stored(pushed.id).changedLocally);
}

void TestReviewSession::everyStepLandsInTheActivityLog()
{
    Ticket edited = m_tickets.at(1);
    edited.title = QStringLiteral("Reset password by e-mail");
    QVERIFY(m_session->editTicket(edited, QStringLiteral("Edit title")));
    m_session->undoStack()->undo();
    const auto activity = m_workspace->activity(edited.id).value();
    QCOMPARE(activity.size(), 3); // created, edited, undone
    QCOMPARE(activity.at(1).actor, QStringLiteral("gui"));
    QCOMPARE(activity.at(1).after.toObject().value(QStringLiteral("title")).toString(), edited.title);
    QCOMPARE(activity.at(2).after.toObject().value(QStringLiteral("title")).toString(),
             m_tickets.at(1).title);
}

void TestReviewSession::diffListsTheEditedFields()
{
    Ticket after = m_tickets.at(0);
    after.title = QStringLiteral("Sign-in page");
    after.acceptanceCriteria.append(QStringLiteral("Errors are shown"));
    after.updatedAt = QDateTime::currentDateTimeUtc(); // bookkeeping is not a difference
    const auto differences = diffTickets(m_tickets.at(0), after);
    QCOMPARE(differences.size(), 2);
    QCOMPARE(differences.at(0).field, QStringLiteral("title"));
    QCOMPARE(differences.at(1).field, QStringLiteral("acceptance_criteria"));
    QCOMPARE(differences.at(1).after, QStringLiteral("- It works\n- Errors are shown"));
}

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_review_session.moc"
