#pragma once

#include <QComboBox>

#include <functional>

namespace docket {

// A combo box whose full list is filled only when the PM comes to it (focus or popup): showing a
// ticket of a large document must not build a list of every other ticket each time.
class LazyComboBox : public QComboBox {
    Q_OBJECT
public:
    using QComboBox::QComboBox;

    // `fill` adds the items; it runs at most once until setFiller is called again.
    void setFiller(std::function<void()> fill);
    void fillNow();
    void showPopup() override;

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    std::function<void()> m_fill;
};

} // namespace docket
