import { Alert, Form, type FormInstance } from 'antd';
import { Dialog } from '../../components/dialog';
import { type ReactNode, useState } from 'react';
import { showFieldErrors } from '../../lib/form-errors';
import { problemMessage } from '../../lib/problems';

interface DirectoryFormModalProps<Draft> {
  /** Prefixes the fields' ids, which must not meet those of a form on the page behind the dialog. */
  name: string;
  title: string;
  form: FormInstance<Draft>;
  initialValues: Partial<Draft>;
  /** The fields a 400 may name; any other error shows above the form. */
  fields: readonly string[];
  save: (draft: Draft) => Promise<unknown>;
  saving: boolean;
  onClose: () => void;
  children: ReactNode;
}

/** The frame of the directory's add/edit dialogs: save, close on success, a refusal's errors beside its fields. */
export function DirectoryFormModal<Draft extends object>(props: DirectoryFormModalProps<Draft>) {
  const { name, title, form, initialValues, fields, save, saving, onClose, children } = props;
  const [general, setGeneral] = useState<string | null>(null);
  const submit = (draft: Draft) => {
    setGeneral(null);
    save(draft).then(onClose, (error: unknown) => {
      if (!showFieldErrors(form, error, fields)) setGeneral(problemMessage(error));
    });
  };
  return (
    <Dialog
      open
      title={title}
      okText="Lưu"
      cancelText="Hủy"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        requiredMark="optional"
      >
        {general ? <Alert type="error" showIcon title={general} className="form-alert" /> : null}
        {children}
      </Form>
    </Dialog>
  );
}
