import { Button, Result } from 'antd';

/** Shown when a page fails to render or its code fails to load (for example right after a new version is deployed). */
export const RouteError = () => (
  <Result
    status="warning"
    title={<h1 className="result-heading">Chưa hiển thị được trang</h1>}
    subTitle="Có thể dondoc vừa được cập nhật hoặc kết nối mạng bị gián đoạn. Vui lòng tải lại trang."
    extra={
      <Button type="primary" onClick={() => window.location.reload()}>
        Tải lại trang
      </Button>
    }
  />
);
