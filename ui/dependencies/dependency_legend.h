#pragma once

#include "dependency_style.h"

#include <QWidget>

namespace docket {

// What the lines of the dependency picture mean, drawn with the very pens the picture uses.
// The entries wrap onto more rows when the pane is narrow.
class DependencyLegend : public QWidget {
    Q_OBJECT
public:
    explicit DependencyLegend(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Entry {
        QString text;
        EdgeKind kind;
        bool onCycle;
    };
    QList<Entry> entries() const;
    int entryWidth(const Entry &entry) const;
    // The top-left corner of each entry when the legend is the given width wide.
    QList<QPoint> flow(int width) const;
    int rowHeight() const;
};

} // namespace docket
