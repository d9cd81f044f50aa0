#include "domain/block.h"
#include "domain/ticket.h"
#include "items/block_list_model.h"
#include "items/document_list_model.h"
#include "items/ticket_filter_model.h"
#include "items/ticket_table_model.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QTest>
#include <QUuid>

using namespace docket;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Block makeBlock(BlockType type, const QString &text, int line)
{
    Block block;
    block.id = newId();
    block.type = type;
    block.text = text;
    block.startLine = line;
    block.endLine = line + 1;
    block.headingPath = {QStringLiteral("Spec"), QStringLiteral("Requirements")};
    return block;
}

Ticket makeTicket(const QString &title, TicketStatus status, std::optional<Priority> priority)
{
    Ticket ticket;
    ticket.id = newId();
    ticket.documentId = newId();
    ticket.title = title;
    ticket.status = status;
    ticket.priority = priority;
    ticket.labels = {QStringLiteral("onboarding"), QStringLiteral("ux")};
    return ticket;
}

} // namespace

class TestItemModels : public QObject {
    Q_OBJECT
private slots:
    void blockModel_passesModelTester()
    {
        BlockListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBlocks(
            {makeBlock(BlockType::Heading, QStringLiteral("Requirements"), 3),
             makeBlock(BlockType::Requirement, QStringLiteral("FR-1 The app must save drafts"), 5)});
        model.setBlocks({});
        model.setBlocks({makeBlock(BlockType::UserStory, QStringLiteral("As a PM I want ..."), 1)});
        QCOMPARE(model.rowCount(), 1);
    }

    void blockModel_showsTypeNameIconColourAndLines()
    {
        BlockListModel model;
        const Block requirement =
            makeBlock(BlockType::Requirement, QStringLiteral("FR-1 must save\nsecond line"), 7);
        model.setBlocks({requirement});

        const QModelIndex type = model.index(0, BlockListModel::TypeColumn);
        QCOMPARE(type.data().toString(), QStringLiteral("Requirement"));
        QVERIFY(!type.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!type.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull());
        QCOMPARE(type.data(BlockListModel::BlockTypeRole).toString(), QStringLiteral("requirement"));
        QCOMPARE(type.data(BlockListModel::BlockIdRole).toString(), requirement.id);
        // Each semantic type gets its own colour so the document view can be scanned.
        QVERIFY(BlockListModel::color(BlockType::Requirement) != BlockListModel::color(BlockType::UserStory));
        QVERIFY(BlockListModel::color(BlockType::Risk) != BlockListModel::color(BlockType::OpenQuestion));

        QVERIFY(model.index(0, BlockListModel::TextColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("second line")));
        QCOMPARE(model.index(0, BlockListModel::LinesColumn).data().toString(), QStringLiteral("7–8"));
        QCOMPARE(model.rowOfBlock(requirement.id), 0);
        QCOMPARE(model.rowOfBlock(newId()), -1);
    }

    void everyBlockTypeHasANameAndAnIcon()
    {
        for (BlockType type : allBlockTypes()) {
            QVERIFY2(!BlockListModel::displayName(type).isEmpty(), qPrintable(blockTypeName(type)));
            QVERIFY2(!BlockListModel::icon(type).pixmap(16, 16).isNull(), qPrintable(blockTypeName(type)));
        }
    }

    void ticketModel_passesModelTester()
    {
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(
            {makeTicket(QStringLiteral("Add checklist"), TicketStatus::Generated, Priority::P1),
             makeTicket(QStringLiteral("Track progress"), TicketStatus::Reviewed, std::nullopt)});
        model.setTickets({});
        QCOMPARE(model.rowCount(), 0);
    }

    void ticketModel_showsStatusByIconAndText()
    {
        TicketTableModel model;
        model.setTickets(
            {makeTicket(QStringLiteral("Add checklist"), TicketStatus::PushFailed, Priority::P0)});
        const QModelIndex status = model.index(0, TicketTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Push failed"));
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).isNull());
        QCOMPARE(model.index(0, TicketTableModel::PriorityColumn).data().toString(), QStringLiteral("P0"));
        QCOMPARE(model.index(0, TicketTableModel::LabelsColumn).data().toString(),
                 QStringLiteral("onboarding, ux"));
    }

    void ticketModel_editsInPlaceOnlyThroughItsHandler()
    {
        TicketTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTickets(
            {makeTicket(QStringLiteral("Add checklist"), TicketStatus::Generated, Priority::P1)});
        const QModelIndex title = model.index(0, TicketTableModel::TitleColumn);
        QVERIFY(!(model.flags(title) & Qt::ItemIsEditable)); // read-only without a handler
        QVERIFY(!model.setData(title, QStringLiteral("New")));

        QList<std::pair<Ticket, QString>> handed;
        model.setEditHandler([&](const Ticket &after, const QString &description) {
            handed.append({after, description});
            return true;
        });
        QVERIFY(model.flags(title) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, TicketTableModel::StatusColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(title, QStringLiteral("  Add a checklist  ")));
        QVERIFY(model.setData(model.index(0, TicketTableModel::PriorityColumn), -1));
        QVERIFY(model.setData(model.index(0, TicketTableModel::TypeColumn), int(TicketType::Story)));
        QVERIFY(model.setData(model.index(0, TicketTableModel::LabelsColumn), QStringLiteral("ux, ux, web")));
        QVERIFY(!model.setData(title, QStringLiteral("   ")));                     // no empty title
        QVERIFY(!model.setData(model.index(0, TicketTableModel::TypeColumn), 42)); // no such type
        QVERIFY(
            !model.setData(model.index(0, TicketTableModel::PriorityColumn), int(Priority::P1))); // no change
        QCOMPARE(handed.size(), 4);
        QCOMPARE(handed.at(0).first.title, QStringLiteral("Add a checklist"));
        QCOMPARE(handed.at(0).second, QStringLiteral("Edit Title"));
        QVERIFY(!handed.at(1).first.priority.has_value());
        QCOMPARE(handed.at(2).first.ticketType, TicketType::Story);
        QCOMPARE(handed.at(3).first.labels, (QStringList{QStringLiteral("ux"), QStringLiteral("web")}));
        // The row itself changes only when the step comes back.
        QCOMPARE(title.data().toString(), QStringLiteral("Add checklist"));
    }

    void ticketModel_unsetPrioritySortsLast()
    {
        TicketTableModel model;
        model.setTickets({makeTicket(QStringLiteral("a"), TicketStatus::Generated, std::nullopt),
                          makeTicket(QStringLiteral("b"), TicketStatus::Generated, Priority::P3)});
        const int unset =
            model.index(0, TicketTableModel::PriorityColumn).data(TicketTableModel::SortRole).toInt();
        const int p3 =
            model.index(1, TicketTableModel::PriorityColumn).data(TicketTableModel::SortRole).toInt();
        QVERIFY(unset > p3);
    }

    void filterModel_narrowsByEveryCriterionAndPassesModelTester()
    {
        TicketTableModel tickets;
        TicketFilterModel filter;
        filter.setSourceModel(&tickets);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Ticket checklist = makeTicket(QStringLiteral("Add checklist"), TicketStatus::Generated, Priority::P1);
        checklist.acceptanceCriteria = {QStringLiteral("Shown on the home page")};
        Ticket reminder =
            makeTicket(QStringLiteral("Send reminder e-mail"), TicketStatus::Reviewed, Priority::P2);
        reminder.acceptanceCriteria = {QStringLiteral("Sent after three days")};
        reminder.labels = {QStringLiteral("email")};
        reminder.ticketType = TicketType::Story;
        Ticket flagged = makeTicket(QStringLiteral("Track progress"), TicketStatus::Generated, std::nullopt);
        flagged.problems = {QStringLiteral("The spec gives no acceptance criteria")};
        tickets.setTickets({checklist, reminder, flagged});
        QCOMPARE(filter.rowCount(), 3);

        filter.setStatus(TicketStatus::Generated);
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatus(std::nullopt);
        filter.setType(TicketType::Story);
        QCOMPARE(filter.rowCount(), 1);
        filter.setType(std::nullopt);
        filter.setPriority(Priority::P1);
        QCOMPARE(filter.rowCount(), 1);
        filter.setPriority(std::nullopt);
        filter.setLabel(QStringLiteral("EMAIL"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setLabel({});
        filter.setSearchText(QStringLiteral("three days")); // found in a criterion
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, TicketTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Send reminder e-mail"));
        filter.setSearchText({});
        filter.setOnlyWithProblems(true);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, TicketTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Track progress"));
        filter.setOnlyWithProblems(false);

        filter.sort(TicketTableModel::PriorityColumn);
        QCOMPARE(filter.index(0, TicketTableModel::PriorityColumn).data().toString(), QStringLiteral("P1"));
        QCOMPARE(filter.index(2, TicketTableModel::PriorityColumn).data().toString(),
                 QString()); // unset last
    }

    void documentModel_passesModelTester()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Document document;
        document.id = newId();
        document.title = QStringLiteral("Onboarding checklist");
        document.sourcePath = QStringLiteral("specs/onboarding.md");
        model.setDocuments({document});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Onboarding checklist"));
        QCOMPARE(model.rowOfDocument(document.id), 0);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("onboarding.md")));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_item_models.moc"
