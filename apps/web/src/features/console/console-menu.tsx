import {
  AuditOutlined,
  CalendarOutlined,
  ClusterOutlined,
  FileAddOutlined,
  IdcardOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Session } from '../../api/types';
import { type Ability, can } from '../../lib/roles';

interface Entry {
  path: string;
  label: string;
  icon: React.ReactNode;
  ability: Ability;
}

/** The console's sections, each shown only to the roles that may use it. */
export const CONSOLE_SECTIONS: Entry[] = [
  { path: '/ke-hoach', label: 'Kế hoạch', icon: <ProfileOutlined aria-hidden />, ability: 'console' },
  { path: '/ke-hoach/nhap', label: 'Nhập kế hoạch', icon: <FileAddOutlined aria-hidden />, ability: 'managePlans' },
  { path: '/co-quan', label: 'Cơ quan, đơn vị', icon: <ClusterOutlined aria-hidden />, ability: 'console' },
  { path: '/nhom-co-quan', label: 'Nhóm cơ quan', icon: <TeamOutlined aria-hidden />, ability: 'console' },
  {
    path: '/kiem-tra',
    label: 'Kiểm tra',
    icon: <SafetyCertificateOutlined aria-hidden />,
    ability: 'readInspections',
  },
  { path: '/lich', label: 'Lịch làm việc', icon: <CalendarOutlined aria-hidden />, ability: 'console' },
  { path: '/nguoi-dung', label: 'Người dùng', icon: <UserOutlined aria-hidden />, ability: 'manageUsers' },
  { path: '/nhat-ky', label: 'Nhật ký thay đổi', icon: <AuditOutlined aria-hidden />, ability: 'readAudit' },
  { path: '/tai-khoan', label: 'Tài khoản', icon: <IdcardOutlined aria-hidden />, ability: 'console' },
];

/** The section a path belongs to: the longest section path it starts with. */
const sectionOf = (pathname: string): string | undefined =>
  CONSOLE_SECTIONS.map((entry) => entry.path)
    .filter((path) => pathname === path || pathname.startsWith(`${path}/`))
    .sort((a, b) => b.length - a.length)[0];

export const ConsoleMenu = ({ session, onNavigate }: { session: Session; onNavigate?: () => void }) => {
  const location = useLocation();
  const navigate = useNavigate();
  const items: MenuProps['items'] = CONSOLE_SECTIONS.filter((entry) => can(session, entry.ability)).map((entry) => ({
    key: entry.path,
    icon: entry.icon,
    label: entry.label,
  }));
  const selected = sectionOf(location.pathname);
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
};
