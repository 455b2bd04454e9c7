import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';

export const NotFoundPage = () => {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">Không tìm thấy trang</h1>}
      subTitle="Địa chỉ này không có trong dondoc. Vui lòng kiểm tra lại liên kết trong thư điện tử."
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          Về trang chủ
        </Button>
      }
    />
  );
};
