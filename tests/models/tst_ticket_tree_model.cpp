#include "domain/ticket.h"
#include "items/ticket_table_model.h"
#include "items/ticket_tree_model.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace docket;

namespace {

// Readable ids ("epic", "story-1") keep the expected shapes easy to check.
Ticket makeTicket(const QString &id, TicketType type, const QString &parentId = {})
{
    Ticket ticket;
    ticket.id = id;
    ticket.documentId = QStringLiteral("doc");
    ticket.title = QStringLiteral("Title of %1").arg(id);
    ticket.ticketType = type;
    ticket.parentId = parentId;
    return ticket;
}

QList<Ticket> epicStoryTask()
{
    return {makeTicket(QStringLiteral("epic"), TicketType::Epic),
            makeTicket(QStringLiteral("story-1"), TicketType::Story, QStringLiteral("epic")),
            makeTicket(QStringLiteral("task-1a"), TicketType::Task, QStringLiteral("story-1")),
            makeTicket(QStringLiteral("story-2"), TicketType::Story, QStringLiteral("epic")),
            makeTicket(QStringLiteral("task-1b"), TicketType::Task, QStringLiteral("story-1"))};
}

QString idAt(const QAbstractItemModel &model, int row, const QModelIndex &parent = {})
{
    return model.index(row, 0, parent).data(TicketTableModel::TicketIdRole).toString();
}

QStringList childIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row)
        ids.append(idAt(model, row, parent));
    return ids;
}

// Every id in the tree, depth first; a ticket shown twice shows up twice here.
QStringList allIds(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        ids.append(child.data(TicketTableModel::TicketIdRole).toString());
        ids.append(allIds(model, child));
    }
    return ids;
}

void verifyEachTicketOnce(const TicketTreeModel &model, const QList<Ticket> &tickets)
{
    QStringList expected;
    for (const Ticket &ticket : tickets)
        expected.append(ticket.id);
    QStringList shown = allIds(model);
    shown.sort();
    expected.sort();
    QCOMPARE(shown, expected);
}

} // namespace

class TestTicketTreeModel : public QObject {
    Q_OBJECT
private slots:
    void passesModelTesterAcrossResets()
    {
        TicketTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(epicStoryTask());
        QList<Ticket> broken = epicStoryTask();
        broken[0].parentId = QStringLiteral("task-1a"); // epic -> task -> story -> epic
        broken.append(makeTicket(QStringLiteral("lost"), TicketType::Bug, QStringLiteral("missing")));
        model.setTickets(broken);
        model.setTickets({});
        QCOMPARE(model.rowCount(), 0);
        model.setTickets(epicStoryTask());
        QCOMPARE(model.rowCount(), 1);
    }

    void followsParentsFromEpicToTask()
    {
        TicketTreeModel model;
        model.setTickets(epicStoryTask());

        QCOMPARE(childIds(model), QStringList{QStringLiteral("epic")});
        const QModelIndex epic = model.index(0, 0);
        QCOMPARE(childIds(model, epic), (QStringList{QStringLiteral("story-1"), QStringLiteral("story-2")}));
        const QModelIndex story = model.index(0, 0, epic);
        // Children keep the input order, not the order their parent was seen in.
        QCOMPARE(childIds(model, story), (QStringList{QStringLiteral("task-1a"), QStringLiteral("task-1b")}));
        QCOMPARE(model.rowCount(model.index(1, 0, epic)), 0);
        QCOMPARE(model.rowCount(model.index(0, 0, story)), 0);
        QCOMPARE(model.parent(model.index(1, 0, story)), story);
        QCOMPARE(model.parent(story), epic);
        QVERIFY(!model.parent(epic).isValid());
        // Only the first column has children.
        QCOMPARE(model.rowCount(model.index(0, TicketTableModel::TypeColumn)), 0);
    }

    void showsTheColumnsAndRolesOfTheTable()
    {
        QList<Ticket> tickets = epicStoryTask();
        tickets[2].status = TicketStatus::PushFailed;
        tickets[2].priority = Priority::P1;
        tickets[2].labels = {QStringLiteral("api"), QStringLiteral("auth")};
        tickets[2].blockId = QStringLiteral("block-7");
        TicketTreeModel model;
        model.setTickets(tickets);
        TicketTableModel table;
        table.setTickets(tickets);

        QCOMPARE(model.columnCount(), int(TicketTableModel::ColumnCount));
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column)
            QCOMPARE(model.headerData(column, Qt::Horizontal), table.headerData(column, Qt::Horizontal));

        const QModelIndex task = model.indexOfTicket(QStringLiteral("task-1a"));
        for (int column = 0; column < TicketTableModel::ColumnCount; ++column) {
            const QModelIndex treeCell = task.siblingAtColumn(column);
            const QModelIndex tableCell = table.index(2, column);
            for (int role : {int(Qt::DisplayRole), int(TicketTableModel::TicketIdRole),
                             int(TicketTableModel::BlockIdRole), int(TicketTableModel::StatusRole),
                             int(TicketTableModel::SortRole)})
                QCOMPARE(treeCell.data(role), tableCell.data(role));
        }
        const QModelIndex status = task.siblingAtColumn(TicketTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Push failed"));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull());
        QCOMPARE(task.siblingAtColumn(TicketTableModel::LabelsColumn).data().toString(),
                 QStringLiteral("api, auth"));
        QCOMPARE(task.siblingAtColumn(TicketTableModel::TypeColumn).data().toString(),
                 QStringLiteral("Task"));
        // Read-only: nothing is editable in place.
        QVERIFY(!(model.flags(task) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(task, QStringLiteral("renamed")));
    }

    void ticketWithMissingParentSitsAtTheTop()
    {
        QList<Ticket> tickets = epicStoryTask();
        tickets.append(
            makeTicket(QStringLiteral("orphan"), TicketType::Task, QStringLiteral("deleted-story")));
        tickets.append(
            makeTicket(QStringLiteral("orphan-child"), TicketType::Task, QStringLiteral("orphan")));
        TicketTreeModel model;
        model.setTickets(tickets);

        QCOMPARE(childIds(model), (QStringList{QStringLiteral("epic"), QStringLiteral("orphan")}));
        QCOMPARE(childIds(model, model.indexOfTicket(QStringLiteral("orphan"))),
                 QStringList{QStringLiteral("orphan-child")});
        verifyEachTicketOnce(model, tickets);
    }

    void parentCycleDoesNotLoseOrRepeatTickets()
    {
        // a -> b -> a, with c hanging under a and d under c: the loop goes to the top, the rest stays.
        const QList<Ticket> tickets = {
            makeTicket(QStringLiteral("a"), TicketType::Story, QStringLiteral("b")),
            makeTicket(QStringLiteral("b"), TicketType::Story, QStringLiteral("a")),
            makeTicket(QStringLiteral("c"), TicketType::Task, QStringLiteral("a")),
            makeTicket(QStringLiteral("d"), TicketType::Task, QStringLiteral("c"))};
        TicketTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(tickets);

        QCOMPARE(childIds(model), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(childIds(model, model.indexOfTicket(QStringLiteral("a"))), QStringList{QStringLiteral("c")});
        QCOMPARE(childIds(model, model.indexOfTicket(QStringLiteral("c"))), QStringList{QStringLiteral("d")});
        QCOMPARE(model.rowCount(model.indexOfTicket(QStringLiteral("b"))), 0);
        verifyEachTicketOnce(model, tickets);
    }

    void longerParentCycleIsBrokenEverywhere()
    {
        // The cycle is reached only after walking through tickets that are not on it.
        const QList<Ticket> tickets = {
            makeTicket(QStringLiteral("leaf"), TicketType::Task, QStringLiteral("x")),
            makeTicket(QStringLiteral("x"), TicketType::Story, QStringLiteral("y")),
            makeTicket(QStringLiteral("y"), TicketType::Story, QStringLiteral("z")),
            makeTicket(QStringLiteral("z"), TicketType::Epic, QStringLiteral("x"))};
        TicketTreeModel model;
        model.setTickets(tickets);

        QCOMPARE(childIds(model),
                 (QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")}));
        QCOMPARE(childIds(model, model.indexOfTicket(QStringLiteral("x"))),
                 QStringList{QStringLiteral("leaf")});
        verifyEachTicketOnce(model, tickets);
    }

    void selfParentSitsAtTheTop()
    {
        QList<Ticket> tickets = epicStoryTask();
        tickets.append(
            makeTicket(QStringLiteral("narcissus"), TicketType::Task, QStringLiteral("narcissus")));
        tickets.append(makeTicket(QStringLiteral("echo"), TicketType::Task, QStringLiteral("narcissus")));
        TicketTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(tickets);

        QCOMPARE(childIds(model), (QStringList{QStringLiteral("epic"), QStringLiteral("narcissus")}));
        QCOMPARE(childIds(model, model.indexOfTicket(QStringLiteral("narcissus"))),
                 QStringList{QStringLiteral("echo")});
        verifyEachTicketOnce(model, tickets);
    }

    void indexOfTicketRoundTrips()
    {
        QList<Ticket> tickets = epicStoryTask();
        tickets.append(makeTicket(QStringLiteral("orphan"), TicketType::Bug, QStringLiteral("gone")));
        TicketTreeModel model;
        model.setTickets(tickets);

        for (const Ticket &ticket : std::as_const(tickets)) {
            const QModelIndex index = model.indexOfTicket(ticket.id);
            QVERIFY2(index.isValid(), qPrintable(ticket.id));
            QCOMPARE(index.column(), 0);
            QCOMPARE(index, model.index(index.row(), 0, model.parent(index)));
            QCOMPARE(index.data(TicketTableModel::TicketIdRole).toString(), ticket.id);
            QVERIFY(model.ticketAt(index));
            QCOMPARE(*model.ticketAt(index), ticket);
        }
        QVERIFY(!model.indexOfTicket(QStringLiteral("gone")).isValid());
        QVERIFY(!model.indexOfTicket(QString()).isValid());
        QVERIFY(!model.ticketAt(QModelIndex()));
    }

    void recursiveFilterKeepsTheAncestorsOfAMatch()
    {
        TicketTreeModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterKeyColumn(TicketTableModel::TitleColumn);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortRole(TicketTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(epicStoryTask());

        proxy.setFilterFixedString(QStringLiteral("TASK-1B"));
        QCOMPARE(childIds(proxy), QStringList{QStringLiteral("epic")});
        const QModelIndex epic = proxy.index(0, 0);
        QCOMPARE(childIds(proxy, epic), QStringList{QStringLiteral("story-1")});
        QCOMPARE(childIds(proxy, proxy.index(0, 0, epic)), QStringList{QStringLiteral("task-1b")});

        proxy.setFilterFixedString(QStringLiteral("nothing matches this"));
        QCOMPARE(proxy.rowCount(), 0);

        proxy.setFilterFixedString(QString());
        proxy.sort(TicketTableModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(childIds(proxy, proxy.index(0, 0)),
                 (QStringList{QStringLiteral("story-2"), QStringLiteral("story-1")}));
        // Resetting the source under an active filter keeps the proxy consistent.
        proxy.setFilterFixedString(QStringLiteral("story-2"));
        model.setTickets(epicStoryTask());
        QCOMPARE(allIds(proxy), (QStringList{QStringLiteral("epic"), QStringLiteral("story-2")}));
    }
};

QTEST_MAIN(TestTicketTreeModel)
#include "tst_ticket_tree_model.moc"
