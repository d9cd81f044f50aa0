#include "dependencies/dependency_canvas.h"
#include "dependencies/dependency_edge_item.h"
#include "dependencies/dependency_layout.h"
#include "dependencies/dependency_view.h"
#include "dependencies/ticket_node_item.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

using namespace docket;

namespace {

Ticket makeTicket(const QString &id, const QStringList &dependencies = {}, const QString &parentId = {})
{
    Ticket ticket;
    ticket.id = id;
    ticket.documentId = QStringLiteral("doc");
    ticket.title = QStringLiteral("Title %1").arg(id);
    ticket.dependencies = dependencies;
    ticket.parentId = parentId;
    return ticket;
}

// epic <- story (parent); story depends on setup; task depends on story.
QList<Ticket> acyclicTickets()
{
    Ticket epic = makeTicket(QStringLiteral("epic"));
    epic.ticketType = TicketType::Epic;
    Ticket story = makeTicket(QStringLiteral("story"), {QStringLiteral("setup")}, QStringLiteral("epic"));
    story.ticketType = TicketType::Story;
    return {epic, story, makeTicket(QStringLiteral("setup")),
            makeTicket(QStringLiteral("task"), {QStringLiteral("story")})};
}

template <typename Item>
QList<Item *> itemsOfType(const DependencyView &view)
{
    QList<Item *> found;
    for (QGraphicsItem *item : view.graphicsView()->scene()->items()) {
        if (auto *typed = qgraphicsitem_cast<Item *>(item))
            found.append(typed);
    }
    return found;
}

TicketNodeItem *nodeOf(const DependencyView &view, const QString &id)
{
    for (TicketNodeItem *node : itemsOfType<TicketNodeItem>(view)) {
        if (node->ticketId() == id)
            return node;
    }
    return nullptr;
}

QPoint viewportPointOf(const DependencyView &view, const TicketNodeItem *node)
{
    return view.graphicsView()->mapFromScene(node->sceneBoundingRect().center());
}

} // namespace

class TestDependencyView : public QObject {
    Q_OBJECT
private slots:
    void layering_putsATicketRightOfWhatItDependsOnAndItsParent()
    {
        const DependencyLayers layers = arrangeInLayers(acyclicTickets());
        const auto layerOf = [&](const char *id) {
            return layers.layerOfTicket.value(QString::fromLatin1(id), -1);
        };
        QCOMPARE(layerOf("epic"), 0);
        QCOMPARE(layerOf("setup"), 0);
        QCOMPARE(layerOf("story"), 1); // one right of the furthest of its parent and its dependency
        QCOMPARE(layerOf("task"), 2);
        QCOMPARE(layers.layers.size(), 3);
        QCOMPARE(layers.cycleLayers, (QList<bool>{false, false, false}));
        QCOMPARE(layers.layers.at(0), (QStringList{QStringLiteral("epic"), QStringLiteral("setup")}));
    }

    void layering_takesTheLongestChain()
    {
        // d depends on a directly and through b -> c: it sits right of c, not just right of a.
        const DependencyLayers layers = arrangeInLayers(
            {makeTicket(QStringLiteral("d"), {QStringLiteral("a"), QStringLiteral("c")}),
             makeTicket(QStringLiteral("c"), {QStringLiteral("b")}),
             makeTicket(QStringLiteral("b"), {QStringLiteral("a")}), makeTicket(QStringLiteral("a"))});
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("a")), 0);
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("b")), 1);
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("c")), 2);
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("d")), 3);
    }

    void layering_givesEachCycleALayerOfItsOwn()
    {
        // a <-> b is a cycle, c waits for it, d stands alone, x depends on itself.
        const DependencyLayers layers = arrangeInLayers(
            {makeTicket(QStringLiteral("a"), {QStringLiteral("b")}),
             makeTicket(QStringLiteral("b"), {}, QStringLiteral("a")),
             makeTicket(QStringLiteral("c"), {QStringLiteral("a")}), makeTicket(QStringLiteral("d")),
             makeTicket(QStringLiteral("x"), {QStringLiteral("x")})});
        const int cycleLayer = layers.layerOfTicket.value(QStringLiteral("a"));
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("b")), cycleLayer);
        QVERIFY(layers.cycleLayers.at(cycleLayer));
        QCOMPARE(layers.layers.at(cycleLayer), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(layers.layerOfTicket.value(QStringLiteral("c")) > cycleLayer);
        QVERIFY(!layers.cycleLayers.at(layers.layerOfTicket.value(QStringLiteral("c"))));

        const int selfLayer = layers.layerOfTicket.value(QStringLiteral("x"));
        QVERIFY(layers.cycleLayers.at(selfLayer));
        QCOMPARE(layers.layers.at(selfLayer), QStringList{QStringLiteral("x")});
        const int aloneLayer = layers.layerOfTicket.value(QStringLiteral("d"));
        QVERIFY(!layers.cycleLayers.at(aloneLayer));
        QVERIFY(!layers.layers.at(aloneLayer).contains(QStringLiteral("a")));
    }

    void layering_keepsEveryTicketOnceWhateverTheReferences()
    {
        // Two cycles sharing b, a reference to a missing ticket, and a repeated id.
        const QList<Ticket> tickets = {
            makeTicket(QStringLiteral("a"), {QStringLiteral("b"), QStringLiteral("c")}),
            makeTicket(QStringLiteral("b"), {QStringLiteral("a")}),
            makeTicket(QStringLiteral("c"), {QStringLiteral("b")}),
            makeTicket(QStringLiteral("e"), {QStringLiteral("missing")}), makeTicket(QStringLiteral("e"))};
        const DependencyLayers layers = arrangeInLayers(tickets);
        QStringList placed;
        for (const QStringList &layer : layers.layers)
            placed.append(layer);
        placed.sort();
        QCOMPARE(placed, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                      QStringLiteral("e")}));
        QCOMPARE(layers.cycleLayers.size(), layers.layers.size());
        // a, b and c all wait for one another, so they share one cycle layer.
        const int layer = layers.layerOfTicket.value(QStringLiteral("a"));
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("b")), layer);
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("c")), layer);
        QVERIFY(layers.cycleLayers.at(layer));
        QCOMPARE(layers.layerOfTicket.value(QStringLiteral("e")), 0);
        QVERIFY(arrangeInLayers({}).layers.isEmpty());
    }

    void view_drawsOneBoxPerTicketAndOneLinePerReference()
    {
        DependencyView view;
        view.setTickets(acyclicTickets());
        QCOMPARE(itemsOfType<TicketNodeItem>(view).size(), 4);
        const QList<DependencyEdgeItem *> edges = itemsOfType<DependencyEdgeItem>(view);
        QCOMPARE(edges.size(), 3); // story -> setup, task -> story, story -> epic (parent)
        int parentEdges = 0;
        for (const DependencyEdgeItem *edge : edges) {
            QVERIFY(!edge->isOnCycle());
            if (edge->kind() == EdgeKind::Parent) {
                ++parentEdges;
                QCOMPARE(edge->from()->ticketId(), QStringLiteral("story"));
                QCOMPARE(edge->to()->ticketId(), QStringLiteral("epic"));
            }
        }
        QCOMPARE(parentEdges, 1);
        // Depending on something puts the box to its right.
        QVERIFY(nodeOf(view, QStringLiteral("task"))->x() > nodeOf(view, QStringLiteral("story"))->x());
        QVERIFY(nodeOf(view, QStringLiteral("story"))->x() > nodeOf(view, QStringLiteral("setup"))->x());

        QCOMPARE(view.cycleCount(), 0);
        QVERIFY(view.ticketIdsOnCycles().isEmpty());
        QCOMPARE(view.cycleSummaryLabel()->text(), QStringLiteral("No dependency cycles."));
        QVERIFY(!view.cycleSummaryLabel()->accessibleName().isEmpty());
        QVERIFY(!view.graphicsView()->accessibleName().isEmpty());

        view.setTickets({});
        QVERIFY(itemsOfType<TicketNodeItem>(view).isEmpty());
        QVERIFY(itemsOfType<DependencyEdgeItem>(view).isEmpty());
    }

    void view_reportsACycleWithItsTickets()
    {
        Ticket login = makeTicket(QStringLiteral("login"), {QStringLiteral("session")});
        login.title = QStringLiteral("Login form");
        Ticket session = makeTicket(QStringLiteral("session"), {QStringLiteral("login")});
        session.title = QStringLiteral("Session store");
        const Ticket waiting = makeTicket(QStringLiteral("waiting"), {QStringLiteral("login")});
        DependencyView view;
        view.setTickets({login, session, waiting, makeTicket(QStringLiteral("free"))});

        QCOMPARE(view.cycleCount(), 1);
        QCOMPARE(view.ticketIdsOnCycles(), (QStringList{QStringLiteral("login"), QStringLiteral("session")}));
        const QString summary = view.cycleSummaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("Login form → Session store → Login form")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("cannot be pushed")), qPrintable(summary));

        QCOMPARE(itemsOfType<TicketNodeItem>(view).size(), 4);
        QVERIFY(nodeOf(view, QStringLiteral("login"))->isOnCycle());
        QVERIFY(nodeOf(view, QStringLiteral("session"))->isOnCycle());
        QVERIFY(!nodeOf(view, QStringLiteral("waiting"))->isOnCycle());
        QVERIFY(nodeOf(view, QStringLiteral("login"))->description().contains(QStringLiteral("cycle")));
        int cycleEdges = 0;
        for (const DependencyEdgeItem *edge : itemsOfType<DependencyEdgeItem>(view)) {
            const bool between = edge->from()->isOnCycle() && edge->to()->isOnCycle();
            QCOMPARE(edge->isOnCycle(), between);
            cycleEdges += edge->isOnCycle() ? 1 : 0;
        }
        QCOMPARE(cycleEdges, 2);
        // The cycle sits in a column of its own, the ticket waiting for it to its right.
        QCOMPARE(nodeOf(view, QStringLiteral("login"))->x(), nodeOf(view, QStringLiteral("session"))->x());
        QVERIFY(nodeOf(view, QStringLiteral("login"))->x() != nodeOf(view, QStringLiteral("free"))->x());
        QVERIFY(nodeOf(view, QStringLiteral("waiting"))->x() > nodeOf(view, QStringLiteral("login"))->x());

        // Fixing the cycle clears the report.
        login.dependencies.clear();
        view.setTickets({login, session, waiting});
        QCOMPARE(view.cycleCount(), 0);
        QCOMPARE(view.cycleSummaryLabel()->text(), QStringLiteral("No dependency cycles."));
    }

    void view_countsEveryCycleAndNamesThemInTheSummary()
    {
        DependencyView view;
        view.setTickets({makeTicket(QStringLiteral("a"), {QStringLiteral("b")}),
                         makeTicket(QStringLiteral("b"), {QStringLiteral("a")}),
                         makeTicket(QStringLiteral("self"), {}, QStringLiteral("self"))});
        QCOMPARE(view.cycleCount(), 2);
        QCOMPARE(view.ticketIdsOnCycles(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("self")}));
        const QString summary = view.cycleSummaryLabel()->text();
        QVERIFY2(summary.startsWith(QStringLiteral("2 ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Title self → Title self")), qPrintable(summary));
        QCOMPARE(itemsOfType<TicketNodeItem>(view).size(), 3);
    }

    void view_selectTicketSelectsAndCentresTheBox()
    {
        QList<Ticket> tickets;
        for (int i = 0; i < 30; ++i) // a long chain: far wider than the view
            tickets.append(
                makeTicket(QString::number(i), i > 0 ? QStringList{QString::number(i - 1)} : QStringList{}));
        DependencyView view;
        view.resize(400, 300);
        view.setTickets(tickets);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        view.selectTicket(QStringLiteral("20"));
        TicketNodeItem *node = nodeOf(view, QStringLiteral("20"));
        QVERIFY(node->isSelected());
        QCOMPARE(view.graphicsView()->scene()->selectedItems().size(), 1);
        QCOMPARE(view.selectedTicketId(), QStringLiteral("20"));
        const QPointF middle =
            view.graphicsView()->mapToScene(view.graphicsView()->viewport()->rect().center());
        QVERIFY(std::abs(middle.x() - node->sceneBoundingRect().center().x()) < node->box().width() / 2);

        view.selectTicket(QStringLiteral("3"));
        QVERIFY(!node->isSelected());
        QVERIFY(nodeOf(view, QStringLiteral("3"))->isSelected());
        // A new set of tickets keeps the selected one selected.
        view.setTickets(tickets);
        QCOMPARE(view.selectedTicketId(), QStringLiteral("3"));
        view.selectTicket(QStringLiteral("unknown"));
        QVERIFY(view.selectedTicketId().isEmpty());
    }

    void view_doubleClickOnABoxActivatesItsTicket()
    {
        DependencyView view;
        view.resize(900, 500);
        view.setTickets(acyclicTickets());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &DependencyView::ticketActivated);

        const TicketNodeItem *story = nodeOf(view, QStringLiteral("story"));
        view.graphicsView()->ensureVisible(story);
        QTest::mouseDClick(view.graphicsView()->viewport(), Qt::LeftButton, {}, viewportPointOf(view, story));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("story"));
        QCOMPARE(view.selectedTicketId(), QStringLiteral("story"));
    }

    void view_enterActivatesTheSelectedBox()
    {
        DependencyView view;
        view.setTickets(acyclicTickets());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &DependencyView::ticketActivated);
        QGraphicsView *canvas = view.graphicsView();

        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(activated.size(), 0); // nothing selected yet

        view.selectTicket(QStringLiteral("task"));
        QTest::keyClick(canvas, Qt::Key_Return);
        QTest::keyClick(canvas, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(0).first().toString(), QStringLiteral("task"));
        QCOMPARE(activated.at(1).first().toString(), QStringLiteral("task"));
    }

    void view_keyboardMovesBetweenBoxes()
    {
        QWidget window;
        auto *before = new QLineEdit(&window);
        auto *view = new DependencyView(&window);
        auto *after = new QLineEdit(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(before);
        layout->addWidget(view);
        layout->addWidget(after);
        window.resize(1000, 600);
        view->setTickets(acyclicTickets());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        before->setFocus();
        QGraphicsView *canvas = view->graphicsView();

        // Tab walks the boxes layer by layer, then leaves the picture.
        QTest::keyClick(before, Qt::Key_Tab);
        QVERIFY(canvas->hasFocus());
        QStringList visited{view->selectedTicketId()};
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(canvas, Qt::Key_Tab);
            visited.append(view->selectedTicketId());
        }
        QCOMPARE(visited, (QStringList{QStringLiteral("epic"), QStringLiteral("setup"),
                                       QStringLiteral("story"), QStringLiteral("task")}));
        QTest::keyClick(canvas, Qt::Key_Tab);
        QVERIFY(after->hasFocus());
        QTest::keyClick(after, Qt::Key_Backtab);
        QVERIFY(canvas->hasFocus());
        QTest::keyClick(canvas, Qt::Key_Backtab);
        QCOMPARE(view->selectedTicketId(), QStringLiteral("story"));

        // Arrow keys go to the nearest box in that direction and stop at the edge.
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(view->selectedTicketId(), QStringLiteral("task"));
        QTest::keyClick(canvas, Qt::Key_Right);
        QCOMPARE(view->selectedTicketId(), QStringLiteral("task"));
        QTest::keyClick(canvas, Qt::Key_Left);
        QCOMPARE(view->selectedTicketId(), QStringLiteral("story"));
        view->selectTicket(QStringLiteral("epic"));
        QTest::keyClick(canvas, Qt::Key_Down);
        QCOMPARE(view->selectedTicketId(), QStringLiteral("setup"));
        QTest::keyClick(canvas, Qt::Key_Up);
        QCOMPARE(view->selectedTicketId(), QStringLiteral("epic"));
    }

    void view_zoomsWithCtrlWheelAndKeys()
    {
        DependencyView view;
        view.setTickets(acyclicTickets());
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *canvas = qobject_cast<DependencyCanvas *>(view.graphicsView());
        QVERIFY(canvas);
        canvas->setFocus();
        QCOMPARE(canvas->zoom(), 1.0);

        QTest::keyClick(canvas, Qt::Key_Plus, Qt::ControlModifier);
        const qreal zoomedIn = canvas->zoom();
        QVERIFY(zoomedIn > 1.0);
        QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(canvas->zoom() < 1.0);
        QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(canvas->zoom() <= 1.0); // fitted, never blown up past natural size

        const QPointF inside = canvas->viewport()->rect().center();
        const qreal beforeWheel = canvas->zoom();
        QWheelEvent plainWheel(inside, canvas->viewport()->mapToGlobal(inside), {}, QPoint(0, 120),
                               Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas->viewport(), &plainWheel);
        QCOMPARE(canvas->zoom(), beforeWheel);
        QWheelEvent ctrlWheel(inside, canvas->viewport()->mapToGlobal(inside), {}, QPoint(0, 120),
                              Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas->viewport(), &ctrlWheel);
        QVERIFY(canvas->zoom() > beforeWheel);
    }
};

QTEST_MAIN(TestDependencyView)
#include "tst_dependency_view.moc"
