import { Modal, type ModalProps } from 'antd';

/**
 * A dialog that appears at its full size. Ant Design's zoom measures a picker's results list against the field while
 * the field is still small: typed into during the zoom (a slow phone, a quick hand), the list stayed 62 px wide, or
 * reached past the screen's edge, after the dialog had opened.
 */
export const Dialog = (props: ModalProps) => <Modal transitionName="" {...props} />;
