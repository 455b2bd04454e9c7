import { Button, Result } from 'antd';
import type { ResultProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { isApiProblem } from '../lib/api-problem';
import { problemMessage } from '../lib/problems';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  /** What could not be found, for 404s ("Không tìm thấy nhiệm vụ"). */
  notFoundTitle?: string;
}

const statusOf = (status: number): ResultProps['status'] => {
  if (status === 403 || status === 401) return '403';
  if (status === 404) return '404';
  if (status >= 500 || status === 0) return '500';
  return 'warning';
};

export const ErrorState = ({ error, onRetry, notFoundTitle = 'Không tìm thấy dữ liệu' }: ErrorStateProps) => {
  const location = useLocation();
  const navigate = useNavigate();
  const status = isApiProblem(error) ? error.status : 500;
  const next = encodeURIComponent(location.pathname + location.search);
  const title =
    status === 404 ? notFoundTitle : status === 401 ? 'Cần mở lại liên kết hoặc đăng nhập' : 'Chưa hiển thị được trang';
  const subTitle =
    status === 401
      ? 'Phiên làm việc đã hết hạn. Vui lòng mở lại liên kết trong thư điện tử của dondoc, hoặc đăng nhập nếu bạn có tài khoản.'
      : status === 404
        ? 'Liên kết có thể đã cũ, hoặc dữ liệu không thuộc quyền truy cập của bạn.'
        : problemMessage(error);
  const actions = [
    status === 401 ? (
      <Button key="login" type="primary" onClick={() => void navigate(`/dang-nhap?next=${next}`)}>
        Đăng nhập
      </Button>
    ) : null,
    onRetry && status !== 401 && status !== 404 && status !== 403 ? (
      <Button key="retry" onClick={onRetry}>
        Thử lại
      </Button>
    ) : null,
  ].filter(Boolean);
  return (
    <Result
      status={statusOf(status)}
      title={<h1 className="result-heading">{title}</h1>}
      subTitle={subTitle}
      extra={actions}
    />
  );
};
