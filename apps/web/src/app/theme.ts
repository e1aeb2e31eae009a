import type { ThemeConfig } from 'antd';

/** Bole's look: a restrained government red on neutral greys, CJK-friendly fonts. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#b71c1c',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f6f8' },
    Menu: { itemSelectedBg: '#fdecea', itemSelectedColor: '#b71c1c' },
  },
};
