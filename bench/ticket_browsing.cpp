#include "ticket_browsing.h"

#include "items/ticket_filter_model.h"
#include "items/ticket_table_model.h"
#include "measure.h"
#include "store/workspace.h"
#include "ticket_generator.h"
#include "tickets/ticket_table_view.h"

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace docket::bench {

namespace {

constexpr int kRuns = 5;
constexpr int kPagesScrolled = 200;
const QString kRareWord = QStringLiteral("idempotency"); // in one ticket in a hundred
const QString kAbsentWord = QStringLiteral("zeppelin");  // in none: every field is searched

QString rowName(const QString &what, int count)
{
    return QStringLiteral("%1_%2k").arg(what).arg(count / 1000);
}

QJsonObject row(const QString &name, double medianMs, const QString &note)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("median_ms"), medianMs},
            {QStringLiteral("peak_rss_kib"), peakRssKiB()},
            {QStringLiteral("note"), note}};
}

QString mib(qint64 kib)
{
    return QStringLiteral("%1 MiB").arg(double(kib) / 1024.0, 0, 'f', 1);
}

// Lets the table lay itself out and paint what changed, outside the measured time.
void settle()
{
    QApplication::processEvents();
}

void writeWorkspaceInChildProcess(const QString &path, int count)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--write-ticket-workspace"), path, QString::number(count)});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        fail(QStringLiteral("writing the %1-ticket workspace failed").arg(count));
}

// Workspace::open + tickets() + setTickets, as the window does when it opens a workspace. Each
// run opens the file anew; the peak memory reported is the one right after the first open.
QJsonObject measureOpen(const QString &path, TicketTableView &view, int count)
{
    QList<double> totals, opening, reading, showing;
    qint64 rssAfterFirstOpen = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto workspace = Workspace::open(path, Workspace::OpenMode::MustExist);
        if (!workspace)
            fail(workspace.error().toString());
        opening.append(elapsedMs(timer));
        auto tickets = workspace.value()->tickets();
        if (!tickets || tickets.value().size() != count)
            fail(QStringLiteral("read back the wrong number of tickets"));
        reading.append(elapsedMs(timer) - opening.last());
        view.setTickets(std::move(tickets).value());
        totals.append(elapsedMs(timer));
        showing.append(totals.last() - opening.last() - reading.last());
        if (run == 0)
            rssAfterFirstOpen = peakRssKiB();
        settle();
    }
    QJsonObject result =
        row(rowName(QStringLiteral("open"), count), median(totals),
            QStringLiteral("open %1 + tickets() %2 + setTickets %3 ms; RSS after open %4 (target 1 s)")
                .arg(median(opening), 0, 'f', 0)
                .arg(median(reading), 0, 'f', 0)
                .arg(median(showing), 0, 'f', 0)
                .arg(mib(rssAfterFirstOpen)));
    result.insert(QStringLiteral("peak_rss_kib"), rssAfterFirstOpen);
    return result;
}

// Saving one edited ticket of the large document, as an edit in the review pane does.
QJsonObject measureSavingOne(const QString &path, const TicketTableView &view, int count)
{
    auto workspace = Workspace::open(path, Workspace::OpenMode::MustExist);
    if (!workspace)
        fail(workspace.error().toString());
    Ticket ticket = *view.model()->ticketAt(count / 2);
    QList<double> times;
    for (int run = 0; run < kRuns; ++run) {
        ticket.title = QStringLiteral("Edited title %1").arg(run); // a real change each time
        QElapsedTimer timer;
        timer.start();
        if (Status saved = workspace.value()->saveTicket(ticket, QStringLiteral("bench")); !saved)
            fail(saved.error().toString());
        times.append(elapsedMs(timer));
    }
    return row(rowName(QStringLiteral("save_one"), count), median(times),
               QStringLiteral("one edited ticket saved and logged, in a document of %1").arg(count));
}

// Clicking a column header: ascending and descending in turn, each a full sort.
QJsonObject measureSort(TicketTableView &view, int column, const QString &columnName, int count)
{
    QList<double> times;
    for (int run = 0; run < 2 * kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        view.table()->sortByColumn(column, run % 2 == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
        times.append(elapsedMs(timer));
        settle();
    }
    view.table()->sortByColumn(-1, Qt::AscendingOrder); // back to document order
    settle();
    return row(rowName(QStringLiteral("sort_") + columnName, count), median(times),
               QStringLiteral("%1 sorts, both directions (target 100 ms)").arg(times.size()));
}

QJsonObject measureStatusFilter(TicketTableView &view, int count)
{
    TicketFilterModel *filter = view.filterModel();
    QList<double> narrowing, widening;
    qsizetype shownRows = 0;
    for (int run = 0; run < kRuns; ++run) {
        for (TicketStatus status : {TicketStatus::Generated, TicketStatus::Reviewed, TicketStatus::Pushed,
                                    TicketStatus::PushFailed, TicketStatus::Synced}) {
            QElapsedTimer timer;
            timer.start();
            filter->setStatus(status);
            shownRows += filter->rowCount(); // inside the timing: the proxy may filter only when asked
            narrowing.append(elapsedMs(timer));
            settle();
            timer.restart();
            filter->setStatus(std::nullopt);
            filter->rowCount();
            widening.append(elapsedMs(timer));
            settle();
        }
    }
    return row(rowName(QStringLiteral("filter_status"), count), median(narrowing),
               QStringLiteral("each status, %1 rows on average; back to all %2 ms (target 100 ms)")
                   .arg(shownRows / narrowing.size())
                   .arg(median(widening), 0, 'f', 1));
}

// Typing into the search field, as a paste: the whole word at once.
QJsonObject measureSearch(TicketTableView &view, const QString &word, int expectedRows, const QString &name)
{
    QList<double> times, clearing;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        view.searchField()->setText(word);
        const int shown = view.filterModel()->rowCount(); // timed: the proxy may filter only when asked
        times.append(elapsedMs(timer));
        if (shown != expectedRows)
            fail(QStringLiteral("searching for \"%1\" shows %2 rows, not %3")
                     .arg(word)
                     .arg(view.filterModel()->rowCount())
                     .arg(expectedRows));
        settle();
        timer.restart();
        view.searchField()->clear();
        view.filterModel()->rowCount();
        clearing.append(elapsedMs(timer));
        settle();
    }
    return row(name, median(times),
               QStringLiteral("\"%1\": %2 rows; clearing %3 ms (target 100 ms)")
                   .arg(word)
                   .arg(expectedRows)
                   .arg(median(clearing), 0, 'f', 1));
}

// Page Down through the table; each page is scrolled and its viewport drawn.
QJsonObject measureScrolling(TicketTableView &view, int count)
{
    QTableView *table = view.table();
    table->scrollToTop();
    settle();
    QList<double> times;
    for (int page = 0; page < kPagesScrolled; ++page) {
        QElapsedTimer timer;
        timer.start();
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        const QPixmap drawn = table->viewport()->grab();
        times.append(elapsedMs(timer));
        if (drawn.isNull())
            fail(QStringLiteral("the table viewport could not be drawn"));
    }
    const int rowsPerPage = table->viewport()->height() / qMax(1, table->rowHeight(0));
    return row(rowName(QStringLiteral("scroll_page"), count), median(times),
               QStringLiteral("per Page Down, %1 pages of %2 rows, %3x%4 viewport drawn")
                   .arg(kPagesScrolled)
                   .arg(rowsPerPage)
                   .arg(table->viewport()->width())
                   .arg(table->viewport()->height()));
}

} // namespace

QJsonObject ticketBrowsingCase(int count)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("browse.docket"));
    writeWorkspaceInChildProcess(path, count);

    TicketTableView view;
    view.resize(1280, 800);
    view.show();
    settle();

    QJsonArray rows;
    rows.append(measureOpen(path, view, count));
    rows.append(measureSavingOne(path, view, count));
    const std::pair<int, QString> columns[] = {{TicketTableModel::TitleColumn, QStringLiteral("title")},
                                               {TicketTableModel::TypeColumn, QStringLiteral("type")},
                                               {TicketTableModel::PriorityColumn, QStringLiteral("priority")},
                                               {TicketTableModel::StatusColumn, QStringLiteral("status")},
                                               {TicketTableModel::LabelsColumn, QStringLiteral("labels")}};
    for (const auto &[column, name] : columns)
        rows.append(measureSort(view, column, name, count));
    rows.append(measureStatusFilter(view, count));
    rows.append(measureSearch(view, kRareWord, count / 100, rowName(QStringLiteral("search_1pct"), count)));
    rows.append(measureSearch(view, kAbsentWord, 0, rowName(QStringLiteral("search_absent"), count)));
    rows.append(measureScrolling(view, count));
    return {{QStringLiteral("rows"), rows}};
}

int writeTicketWorkspace(const QString &path, int count)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        fail(workspace.error().toString());
    Document document;
    document.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    document.title = QStringLiteral("Product backlog");
    document.sourcePath = QStringLiteral("backlog.md");
    document.sourceText = QStringLiteral("# Product backlog\n");
    document.importedAt = QDateTime::currentDateTimeUtc();
    if (Status added = workspace.value()->addDocument(document, {}, QStringLiteral("bench")); !added)
        fail(added.error().toString());
    const QList<Ticket> tickets = generateTickets(document.id, count, kRareWord, 20261120);
    if (Status saved = workspace.value()->saveTickets(tickets, QStringLiteral("bench")); !saved)
        fail(saved.error().toString());
    return 0;
}

} // namespace docket::bench
