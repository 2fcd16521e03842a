import { render } from 'preact';
import { ReportApp } from '../../ui/report/ReportApp';
import '../../ui/report/report.css';

render(<ReportApp id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
